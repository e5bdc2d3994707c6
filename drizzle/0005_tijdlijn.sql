CREATE TABLE `tijdlijn_baan` (
	`gezin_id` text NOT NULL,
	`baan` text NOT NULL,
	`naam` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`gezin_id`, `baan`),
	FOREIGN KEY (`gezin_id`) REFERENCES `gezin`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `tijdlijn_gebeurtenis` (
	`id` text PRIMARY KEY NOT NULL,
	`gezin_id` text NOT NULL,
	`baan` text NOT NULL,
	`titel` text NOT NULL,
	`verhaal` text DEFAULT '' NOT NULL,
	`moment` text NOT NULL,
	`van` text NOT NULL,
	`tot` text,
	`nog_bezig` integer DEFAULT false NOT NULL,
	`ongeveer` integer DEFAULT false NOT NULL,
	`verhaal_van` text,
	`namens_gezin` integer DEFAULT false NOT NULL,
	`organisatie` text DEFAULT '' NOT NULL,
	`soort_hulp` text DEFAULT '' NOT NULL,
	`zichtbaarheid` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_by_name` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	`verwijderd_at` integer,
	FOREIGN KEY (`gezin_id`) REFERENCES `gezin`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`verhaal_van`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `tijdlijn_gebeurtenis_gezin_idx` ON `tijdlijn_gebeurtenis` (`gezin_id`,`van`);--> statement-breakpoint
CREATE TABLE `tijdlijn_kant` (
	`id` text PRIMARY KEY NOT NULL,
	`gebeurtenis_id` text NOT NULL,
	`account_id` text,
	`naam` text NOT NULL,
	`tekst` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`verwijderd_at` integer,
	FOREIGN KEY (`gebeurtenis_id`) REFERENCES `tijdlijn_gebeurtenis`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `tijdlijn_kant_gebeurtenis_idx` ON `tijdlijn_kant` (`gebeurtenis_id`);--> statement-breakpoint
CREATE TABLE `tijdlijn_wijziging` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`gezin_id` text NOT NULL,
	`gebeurtenis_id` text NOT NULL,
	`soort` text NOT NULL,
	`versie` integer NOT NULL,
	`snapshot` text NOT NULL,
	`zichtbaarheid` text NOT NULL,
	`actor_id` text,
	`actor_name` text DEFAULT '' NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`gezin_id`) REFERENCES `gezin`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tijdlijn_wijziging_gebeurtenis_idx` ON `tijdlijn_wijziging` (`gebeurtenis_id`,`seq`);