CREATE TABLE `gesprek_notitie` (
	`id` text PRIMARY KEY NOT NULL,
	`gesprek_id` text NOT NULL,
	`punt_id` text,
	`soort` text NOT NULL,
	`tekst` text NOT NULL,
	`item_id` text,
	`zichtbaarheid` text NOT NULL,
	`door` text,
	`door_naam` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gesprek_id`) REFERENCES `gesprek`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`punt_id`) REFERENCES `gesprek_punt`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`item_id`) REFERENCES `groeiplan_item`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`door`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `gesprek_notitie_gesprek_idx` ON `gesprek_notitie` (`gesprek_id`);--> statement-breakpoint
CREATE TABLE `gesprek_overdracht` (
	`id` text PRIMARY KEY NOT NULL,
	`gesprek_id` text NOT NULL,
	`gezin_id` text NOT NULL,
	`van_account_id` text,
	`van_naam` text NOT NULL,
	`naar_account_id` text,
	`naar_naam` text NOT NULL,
	`wat` text NOT NULL,
	`bevestigd_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gesprek_id`) REFERENCES `gesprek`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`gezin_id`) REFERENCES `gezin`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`van_account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`naar_account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `gesprek_overdracht_gezin_idx` ON `gesprek_overdracht` (`gezin_id`);--> statement-breakpoint
CREATE INDEX `gesprek_overdracht_naar_idx` ON `gesprek_overdracht` (`naar_account_id`);--> statement-breakpoint
CREATE TABLE `gesprek_reactie` (
	`id` text PRIMARY KEY NOT NULL,
	`gesprek_id` text NOT NULL,
	`punt_id` text,
	`akkoord` integer DEFAULT false NOT NULL,
	`tekst` text DEFAULT '' NOT NULL,
	`door` text,
	`door_naam` text NOT NULL,
	`door_rol` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`gesprek_id`) REFERENCES `gesprek`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`door`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `gesprek_reactie_gesprek_idx` ON `gesprek_reactie` (`gesprek_id`);--> statement-breakpoint
ALTER TABLE `groeiplan_item` ADD `gesprek_id` text REFERENCES gesprek(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `gesprek` ADD `huidig_punt` text;--> statement-breakpoint
ALTER TABLE `gesprek` ADD `punt_sinds` integer;--> statement-breakpoint
ALTER TABLE `gesprek` ADD `verslag` text;--> statement-breakpoint
ALTER TABLE `gesprek` ADD `reactie_tot` text;--> statement-breakpoint
ALTER TABLE `gesprek` ADD `vastgesteld_at` integer;--> statement-breakpoint
ALTER TABLE `gesprek` ADD `vastgesteld_door_naam` text;--> statement-breakpoint
-- A vastgesteld gesprek cannot change: the app refuses every step, and the database refuses changing
-- the gesprek row and adding or changing its agenda items, notes and reactions.
CREATE TRIGGER `gesprek_vastgesteld_update` BEFORE UPDATE ON `gesprek` WHEN OLD.`status` = 'vastgesteld'
BEGIN SELECT RAISE(ABORT, 'gesprek vastgesteld'); END;--> statement-breakpoint
CREATE TRIGGER `gesprek_punt_vastgesteld_insert` BEFORE INSERT ON `gesprek_punt` WHEN (SELECT `status` FROM `gesprek` WHERE `id` = NEW.`gesprek_id`) = 'vastgesteld'
BEGIN SELECT RAISE(ABORT, 'gesprek vastgesteld'); END;--> statement-breakpoint
CREATE TRIGGER `gesprek_punt_vastgesteld_update` BEFORE UPDATE ON `gesprek_punt` WHEN (SELECT `status` FROM `gesprek` WHERE `id` = OLD.`gesprek_id`) = 'vastgesteld'
BEGIN SELECT RAISE(ABORT, 'gesprek vastgesteld'); END;--> statement-breakpoint
CREATE TRIGGER `gesprek_notitie_vastgesteld_insert` BEFORE INSERT ON `gesprek_notitie` WHEN (SELECT `status` FROM `gesprek` WHERE `id` = NEW.`gesprek_id`) = 'vastgesteld'
BEGIN SELECT RAISE(ABORT, 'gesprek vastgesteld'); END;--> statement-breakpoint
CREATE TRIGGER `gesprek_notitie_vastgesteld_update` BEFORE UPDATE ON `gesprek_notitie` WHEN (SELECT `status` FROM `gesprek` WHERE `id` = OLD.`gesprek_id`) = 'vastgesteld'
BEGIN SELECT RAISE(ABORT, 'gesprek vastgesteld'); END;--> statement-breakpoint
CREATE TRIGGER `gesprek_reactie_vastgesteld_insert` BEFORE INSERT ON `gesprek_reactie` WHEN (SELECT `status` FROM `gesprek` WHERE `id` = NEW.`gesprek_id`) = 'vastgesteld'
BEGIN SELECT RAISE(ABORT, 'gesprek vastgesteld'); END;
