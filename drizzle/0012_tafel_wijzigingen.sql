-- The keukentafel's history keeps changes, not the whole board per change: `kaarten` (the whole
-- board) only on checkpoints, `delta` (what changed) on the other rows, `volgnummer` their order.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_tafel_opstelling` (
	`id` text PRIMARY KEY NOT NULL,
	`gezin_id` text NOT NULL,
	`volgnummer` integer NOT NULL,
	`at` integer NOT NULL,
	`door` text,
	`door_naam` text NOT NULL,
	`wijziging` text NOT NULL,
	`kaarten` text,
	`delta` text,
	FOREIGN KEY (`gezin_id`) REFERENCES `gezin`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`door`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
-- The rows kept so far each hold the whole board: they stay, as checkpoints. Their order within a
-- gezin is the order they were made in (time, then insertion).
INSERT INTO `__new_tafel_opstelling`("id", "gezin_id", "volgnummer", "at", "door", "door_naam", "wijziging", "kaarten", "delta")
SELECT "id", "gezin_id", ROW_NUMBER() OVER (PARTITION BY "gezin_id" ORDER BY "at", rowid), "at", "door", "door_naam", "wijziging", "kaarten", NULL FROM `tafel_opstelling`;--> statement-breakpoint
DROP TABLE `tafel_opstelling`;--> statement-breakpoint
ALTER TABLE `__new_tafel_opstelling` RENAME TO `tafel_opstelling`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `tafel_opstelling_gezin_idx` ON `tafel_opstelling` (`gezin_id`,`at`);--> statement-breakpoint
CREATE UNIQUE INDEX `tafel_opstelling_volgnummer_idx` ON `tafel_opstelling` (`gezin_id`,`volgnummer`);