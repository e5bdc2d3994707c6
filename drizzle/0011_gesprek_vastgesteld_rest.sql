-- A vastgesteld gesprek, the rest: its agenda items, notes and reactions are not removed, reactions
-- not changed, and who was invited stays as it was. (Invitees' links to accounts and betrokkenen may
-- still be cleared when those go: the verslag keeps the names.)
CREATE TRIGGER `gesprek_punt_vastgesteld_delete` BEFORE DELETE ON `gesprek_punt` WHEN (SELECT `status` FROM `gesprek` WHERE `id` = OLD.`gesprek_id`) = 'vastgesteld'
BEGIN SELECT RAISE(ABORT, 'gesprek vastgesteld'); END;--> statement-breakpoint
CREATE TRIGGER `gesprek_notitie_vastgesteld_delete` BEFORE DELETE ON `gesprek_notitie` WHEN (SELECT `status` FROM `gesprek` WHERE `id` = OLD.`gesprek_id`) = 'vastgesteld'
BEGIN SELECT RAISE(ABORT, 'gesprek vastgesteld'); END;--> statement-breakpoint
CREATE TRIGGER `gesprek_reactie_vastgesteld_update` BEFORE UPDATE ON `gesprek_reactie` WHEN (SELECT `status` FROM `gesprek` WHERE `id` = OLD.`gesprek_id`) = 'vastgesteld'
BEGIN SELECT RAISE(ABORT, 'gesprek vastgesteld'); END;--> statement-breakpoint
CREATE TRIGGER `gesprek_reactie_vastgesteld_delete` BEFORE DELETE ON `gesprek_reactie` WHEN (SELECT `status` FROM `gesprek` WHERE `id` = OLD.`gesprek_id`) = 'vastgesteld'
BEGIN SELECT RAISE(ABORT, 'gesprek vastgesteld'); END;--> statement-breakpoint
CREATE TRIGGER `gesprek_deelnemer_vastgesteld_insert` BEFORE INSERT ON `gesprek_deelnemer` WHEN (SELECT `status` FROM `gesprek` WHERE `id` = NEW.`gesprek_id`) = 'vastgesteld'
BEGIN SELECT RAISE(ABORT, 'gesprek vastgesteld'); END;--> statement-breakpoint
CREATE TRIGGER `gesprek_deelnemer_vastgesteld_delete` BEFORE DELETE ON `gesprek_deelnemer` WHEN (SELECT `status` FROM `gesprek` WHERE `id` = OLD.`gesprek_id`) = 'vastgesteld'
BEGIN SELECT RAISE(ABORT, 'gesprek vastgesteld'); END;
