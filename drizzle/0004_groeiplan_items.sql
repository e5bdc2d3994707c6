CREATE TABLE `groeiplan_item` (
	`id` text PRIMARY KEY NOT NULL,
	`groeiplan_id` text NOT NULL,
	`sectie` text NOT NULL,
	`tekst` text NOT NULL,
	`toelichting` text DEFAULT '' NOT NULL,
	`van_wie` text DEFAULT '' NOT NULL,
	`status` text,
	`wie_account_id` text,
	`wie_tekst` text DEFAULT '' NOT NULL,
	`wanneer` text,
	`doel_id` text,
	`herkomst` text DEFAULT '' NOT NULL,
	`details` text DEFAULT '{}' NOT NULL,
	`zichtbaarheid` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	`verwijderd_at` integer,
	FOREIGN KEY (`groeiplan_id`) REFERENCES `groeiplan`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`wie_account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`doel_id`) REFERENCES `groeiplan_item`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `groeiplan_item_plan_idx` ON `groeiplan_item` (`groeiplan_id`,`sectie`);--> statement-breakpoint
CREATE INDEX `groeiplan_item_wie_idx` ON `groeiplan_item` (`wie_account_id`,`status`);--> statement-breakpoint
CREATE TABLE `groeiplan_item_doel` (
	`item_id` text NOT NULL,
	`doel_id` text NOT NULL,
	PRIMARY KEY(`item_id`, `doel_id`),
	FOREIGN KEY (`item_id`) REFERENCES `groeiplan_item`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`doel_id`) REFERENCES `groeiplan_item`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `groeiplan_wijziging` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`groeiplan_id` text NOT NULL,
	`item_id` text,
	`sectie` text NOT NULL,
	`soort` text NOT NULL,
	`versie` integer NOT NULL,
	`snapshot` text NOT NULL,
	`zichtbaarheid` text NOT NULL,
	`actor_id` text,
	`actor_name` text DEFAULT '' NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`groeiplan_id`) REFERENCES `groeiplan`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `groeiplan_wijziging_plan_idx` ON `groeiplan_wijziging` (`groeiplan_id`,`seq`);--> statement-breakpoint
ALTER TABLE `groeiplan` ADD `trekker_account_id` text REFERENCES account(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `groeiplan` ADD `regie_betekenis` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `groeiplan` ADD `volgende_evaluatie` text;--> statement-breakpoint
ALTER TABLE `groeiplan` ADD `versie` integer DEFAULT 1 NOT NULL;