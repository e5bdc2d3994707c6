CREATE TABLE `netwerk_stap` (
	`gezin_id` text NOT NULL,
	`stap` text NOT NULL,
	`op` text NOT NULL,
	`door` text,
	`door_naam` text NOT NULL,
	PRIMARY KEY(`gezin_id`, `stap`),
	FOREIGN KEY (`gezin_id`) REFERENCES `gezin`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`door`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `netwerk_tip_poging` (
	`id` text PRIMARY KEY NOT NULL,
	`gezin_id` text NOT NULL,
	`tip` text NOT NULL,
	`op` text NOT NULL,
	`door` text,
	`door_naam` text NOT NULL,
	`uitkomst` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gezin_id`) REFERENCES `gezin`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`door`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `netwerk_tip_poging_gezin_idx` ON `netwerk_tip_poging` (`gezin_id`);--> statement-breakpoint
CREATE TABLE `tafel_opstelling` (
	`id` text PRIMARY KEY NOT NULL,
	`gezin_id` text NOT NULL,
	`at` integer NOT NULL,
	`door` text,
	`door_naam` text NOT NULL,
	`wijziging` text NOT NULL,
	`kaarten` text NOT NULL,
	FOREIGN KEY (`gezin_id`) REFERENCES `gezin`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`door`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `tafel_opstelling_gezin_idx` ON `tafel_opstelling` (`gezin_id`,`at`);--> statement-breakpoint
ALTER TABLE `betrokkene` ADD `plek` text DEFAULT 'achtergrond' NOT NULL;--> statement-breakpoint
ALTER TABLE `betrokkene` ADD `rol` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `betrokkene` ADD `bijdrage` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `betrokkene` ADD `tafel_versie` integer DEFAULT 1 NOT NULL;