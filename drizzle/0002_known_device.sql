CREATE TABLE `known_device` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`token_hash` blob NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `account`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `known_device_token_hash_unique` ON `known_device` (`token_hash`);--> statement-breakpoint
CREATE INDEX `known_device_account_idx` ON `known_device` (`account_id`);