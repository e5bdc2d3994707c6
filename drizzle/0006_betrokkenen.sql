CREATE TABLE `betrokkene` (
	`id` text PRIMARY KEY NOT NULL,
	`gezin_id` text NOT NULL,
	`naam` text NOT NULL,
	`soort` text NOT NULL,
	`organisatie` text DEFAULT '' NOT NULL,
	`functie` text DEFAULT '' NOT NULL,
	`opdracht` text DEFAULT '' NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`account_id` text,
	`nabijheid` text NOT NULL,
	`steun` text DEFAULT '[]' NOT NULL,
	`niet_veilig` integer DEFAULT false NOT NULL,
	`niet_veilig_toelichting` text DEFAULT '' NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	`verwijderd_at` integer,
	FOREIGN KEY (`gezin_id`) REFERENCES `gezin`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `betrokkene_gezin_idx` ON `betrokkene` (`gezin_id`);