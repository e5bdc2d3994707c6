-- Appending is the only way in: `INSERT OR REPLACE` over an existing seq would otherwise replace a
-- row without firing the delete trigger (SQLite fires it on REPLACE only with recursive_triggers).
CREATE TRIGGER `audit_log_only_append` BEFORE INSERT ON `audit_log`
WHEN NEW.`seq` IS NOT NULL AND NEW.`seq` <= (SELECT coalesce(max(`seq`), 0) FROM `audit_log`)
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
