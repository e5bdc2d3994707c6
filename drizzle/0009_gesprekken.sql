CREATE TABLE `gesprek` (
	`id` text PRIMARY KEY NOT NULL,
	`gezin_id` text NOT NULL,
	`soort` text NOT NULL,
	`datum` text NOT NULL,
	`tijd` text DEFAULT '' NOT NULL,
	`plaats` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'gepland' NOT NULL,
	`organisator` text,
	`organisator_naam` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`verwijderd_at` integer,
	FOREIGN KEY (`gezin_id`) REFERENCES `gezin`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisator`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `gesprek_gezin_idx` ON `gesprek` (`gezin_id`,`datum`);--> statement-breakpoint
CREATE TABLE `gesprek_deelnemer` (
	`id` text PRIMARY KEY NOT NULL,
	`gesprek_id` text NOT NULL,
	`betrokkene_id` text,
	`account_id` text,
	`naam` text NOT NULL,
	FOREIGN KEY (`gesprek_id`) REFERENCES `gesprek`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`betrokkene_id`) REFERENCES `betrokkene`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `gesprek_deelnemer_gesprek_idx` ON `gesprek_deelnemer` (`gesprek_id`);--> statement-breakpoint
CREATE TABLE `gesprek_inbreng` (
	`id` text PRIMARY KEY NOT NULL,
	`gesprek_id` text NOT NULL,
	`soort` text NOT NULL,
	`tekst` text NOT NULL,
	`door` text,
	`door_naam` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gesprek_id`) REFERENCES `gesprek`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`door`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `gesprek_inbreng_gesprek_idx` ON `gesprek_inbreng` (`gesprek_id`);--> statement-breakpoint
CREATE TABLE `gesprek_punt` (
	`id` text PRIMARY KEY NOT NULL,
	`gesprek_id` text NOT NULL,
	`volgorde` integer NOT NULL,
	`titel` text NOT NULL,
	`uitleg` text DEFAULT '' NOT NULL,
	`minuten` integer DEFAULT 5 NOT NULL,
	FOREIGN KEY (`gesprek_id`) REFERENCES `gesprek`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `gesprek_punt_gesprek_idx` ON `gesprek_punt` (`gesprek_id`,`volgorde`);