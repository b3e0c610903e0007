from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS "totals_customer_account_balance__journal_line" ON "journal_line";
DROP TRIGGER IF EXISTS "totals_customer_account_balance__journal_line__update" ON "journal_line";
DROP FUNCTION IF EXISTS "totals_customer_account_balance__journal_line"();
CREATE FUNCTION "totals_customer_account_balance__journal_line"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO "customer_account_balance" (customer_id, entity_id, currency, gl_account_id, amount_minor) SELECT OLD.customer_id, e.entity_id, e.currency, OLD.gl_account_id, -(OLD.debit_minor - OLD.credit_minor) FROM journal_entry e WHERE e.id = OLD.entry_id AND OLD.customer_id IS NOT NULL ON CONFLICT ((customer_id), (COALESCE(entity_id, 0)), (currency), (gl_account_id)) DO UPDATE SET amount_minor = "customer_account_balance".amount_minor + excluded.amount_minor; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO "customer_account_balance" (customer_id, entity_id, currency, gl_account_id, amount_minor) SELECT NEW.customer_id, e.entity_id, e.currency, NEW.gl_account_id, (NEW.debit_minor - NEW.credit_minor) FROM journal_entry e WHERE e.id = NEW.entry_id AND NEW.customer_id IS NOT NULL ON CONFLICT ((customer_id), (COALESCE(entity_id, 0)), (currency), (gl_account_id)) DO UPDATE SET amount_minor = "customer_account_balance".amount_minor + excluded.amount_minor; END IF; RETURN NULL; END $$;
CREATE TRIGGER "totals_customer_account_balance__journal_line" AFTER INSERT OR DELETE ON "journal_line" FOR EACH ROW EXECUTE FUNCTION "totals_customer_account_balance__journal_line"();
CREATE TRIGGER "totals_customer_account_balance__journal_line__update" AFTER UPDATE ON "journal_line" FOR EACH ROW WHEN (OLD.entry_id IS DISTINCT FROM NEW.entry_id OR OLD.customer_id IS DISTINCT FROM NEW.customer_id OR OLD.gl_account_id IS DISTINCT FROM NEW.gl_account_id OR OLD.debit_minor IS DISTINCT FROM NEW.debit_minor OR OLD.credit_minor IS DISTINCT FROM NEW.credit_minor) EXECUTE FUNCTION "totals_customer_account_balance__journal_line"();
DELETE FROM "customer_account_balance";
INSERT INTO "customer_account_balance" (customer_id, entity_id, currency, gl_account_id, amount_minor) SELECT customer_id, entity_id, currency, gl_account_id, SUM(amount_minor) AS amount_minor FROM (SELECT r.customer_id AS customer_id, e.entity_id AS entity_id, e.currency AS currency, r.gl_account_id AS gl_account_id, r.debit_minor - r.credit_minor AS amount_minor FROM journal_line r, journal_entry e WHERE e.id = r.entry_id AND r.customer_id IS NOT NULL) s GROUP BY customer_id, entity_id, currency, gl_account_id;
CREATE UNIQUE INDEX "uq_document_day_total_key" ON "document_day_total" ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure));
CREATE FUNCTION "totals_document_day__invoice_count"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'invoice', 'count', -(1) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'invoice', 'count', (1) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; RETURN NULL; END $$;
CREATE TRIGGER "totals_document_day__invoice_count" AFTER INSERT OR DELETE ON "invoice" FOR EACH ROW EXECUTE FUNCTION "totals_document_day__invoice_count"();
CREATE TRIGGER "totals_document_day__invoice_count__update" AFTER UPDATE ON "invoice" FOR EACH ROW WHEN (OLD.entity_id IS DISTINCT FROM NEW.entity_id OR OLD.currency IS DISTINCT FROM NEW.currency OR OLD.document_date IS DISTINCT FROM NEW.document_date) EXECUTE FUNCTION "totals_document_day__invoice_count"();
CREATE FUNCTION "totals_document_day__invoice_total"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'invoice', 'total', -(OLD.total_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'invoice', 'total', (NEW.total_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; RETURN NULL; END $$;
CREATE TRIGGER "totals_document_day__invoice_total" AFTER INSERT OR DELETE ON "invoice" FOR EACH ROW EXECUTE FUNCTION "totals_document_day__invoice_total"();
CREATE TRIGGER "totals_document_day__invoice_total__update" AFTER UPDATE ON "invoice" FOR EACH ROW WHEN (OLD.entity_id IS DISTINCT FROM NEW.entity_id OR OLD.currency IS DISTINCT FROM NEW.currency OR OLD.document_date IS DISTINCT FROM NEW.document_date OR OLD.total_minor IS DISTINCT FROM NEW.total_minor) EXECUTE FUNCTION "totals_document_day__invoice_total"();
CREATE FUNCTION "totals_document_day__invoice_due"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'invoice', 'due', -(OLD.balance_due_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'invoice', 'due', (NEW.balance_due_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; RETURN NULL; END $$;
CREATE TRIGGER "totals_document_day__invoice_due" AFTER INSERT OR DELETE ON "invoice" FOR EACH ROW EXECUTE FUNCTION "totals_document_day__invoice_due"();
CREATE TRIGGER "totals_document_day__invoice_due__update" AFTER UPDATE ON "invoice" FOR EACH ROW WHEN (OLD.entity_id IS DISTINCT FROM NEW.entity_id OR OLD.currency IS DISTINCT FROM NEW.currency OR OLD.document_date IS DISTINCT FROM NEW.document_date OR OLD.balance_due_minor IS DISTINCT FROM NEW.balance_due_minor) EXECUTE FUNCTION "totals_document_day__invoice_due"();
CREATE FUNCTION "totals_document_day__adjustment_count"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'ar_adjustment', 'count', -(1) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'ar_adjustment', 'count', (1) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; RETURN NULL; END $$;
CREATE TRIGGER "totals_document_day__adjustment_count" AFTER INSERT OR DELETE ON "ar_adjustment" FOR EACH ROW EXECUTE FUNCTION "totals_document_day__adjustment_count"();
CREATE TRIGGER "totals_document_day__adjustment_count__update" AFTER UPDATE ON "ar_adjustment" FOR EACH ROW WHEN (OLD.entity_id IS DISTINCT FROM NEW.entity_id OR OLD.currency IS DISTINCT FROM NEW.currency OR OLD.document_date IS DISTINCT FROM NEW.document_date) EXECUTE FUNCTION "totals_document_day__adjustment_count"();
CREATE FUNCTION "totals_document_day__adjustment_total"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'ar_adjustment', 'total', -(OLD.total_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'ar_adjustment', 'total', (NEW.total_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; RETURN NULL; END $$;
CREATE TRIGGER "totals_document_day__adjustment_total" AFTER INSERT OR DELETE ON "ar_adjustment" FOR EACH ROW EXECUTE FUNCTION "totals_document_day__adjustment_total"();
CREATE TRIGGER "totals_document_day__adjustment_total__update" AFTER UPDATE ON "ar_adjustment" FOR EACH ROW WHEN (OLD.entity_id IS DISTINCT FROM NEW.entity_id OR OLD.currency IS DISTINCT FROM NEW.currency OR OLD.document_date IS DISTINCT FROM NEW.document_date OR OLD.total_minor IS DISTINCT FROM NEW.total_minor) EXECUTE FUNCTION "totals_document_day__adjustment_total"();
CREATE FUNCTION "totals_document_day__invoice_credit_open"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_open', -(OLD.open_minor) FROM invoice d WHERE d.id = OLD.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_open', (NEW.open_minor) FROM invoice d WHERE d.id = NEW.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; RETURN NULL; END $$;
CREATE TRIGGER "totals_document_day__invoice_credit_open" AFTER INSERT OR DELETE ON "ar_credit" FOR EACH ROW EXECUTE FUNCTION "totals_document_day__invoice_credit_open"();
CREATE TRIGGER "totals_document_day__invoice_credit_open__update" AFTER UPDATE ON "ar_credit" FOR EACH ROW WHEN (OLD.invoice_id IS DISTINCT FROM NEW.invoice_id OR OLD.adjustment_id IS DISTINCT FROM NEW.adjustment_id OR OLD.open_minor IS DISTINCT FROM NEW.open_minor OR OLD.original_minor IS DISTINCT FROM NEW.original_minor) EXECUTE FUNCTION "totals_document_day__invoice_credit_open"();
CREATE FUNCTION "totals_document_day__invoice_credit_used"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_used', -(OLD.original_minor - OLD.open_minor) FROM invoice d WHERE d.id = OLD.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_used', (NEW.original_minor - NEW.open_minor) FROM invoice d WHERE d.id = NEW.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; RETURN NULL; END $$;
CREATE TRIGGER "totals_document_day__invoice_credit_used" AFTER INSERT OR DELETE ON "ar_credit" FOR EACH ROW EXECUTE FUNCTION "totals_document_day__invoice_credit_used"();
CREATE TRIGGER "totals_document_day__invoice_credit_used__update" AFTER UPDATE ON "ar_credit" FOR EACH ROW WHEN (OLD.invoice_id IS DISTINCT FROM NEW.invoice_id OR OLD.adjustment_id IS DISTINCT FROM NEW.adjustment_id OR OLD.open_minor IS DISTINCT FROM NEW.open_minor OR OLD.original_minor IS DISTINCT FROM NEW.original_minor) EXECUTE FUNCTION "totals_document_day__invoice_credit_used"();
CREATE FUNCTION "totals_document_day__adjustment_credit_used"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'ar_adjustment', 'credit_used', -(OLD.original_minor - OLD.open_minor) FROM ar_adjustment d WHERE d.id = OLD.adjustment_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'ar_adjustment', 'credit_used', (NEW.original_minor - NEW.open_minor) FROM ar_adjustment d WHERE d.id = NEW.adjustment_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; RETURN NULL; END $$;
CREATE TRIGGER "totals_document_day__adjustment_credit_used" AFTER INSERT OR DELETE ON "ar_credit" FOR EACH ROW EXECUTE FUNCTION "totals_document_day__adjustment_credit_used"();
CREATE TRIGGER "totals_document_day__adjustment_credit_used__update" AFTER UPDATE ON "ar_credit" FOR EACH ROW WHEN (OLD.invoice_id IS DISTINCT FROM NEW.invoice_id OR OLD.adjustment_id IS DISTINCT FROM NEW.adjustment_id OR OLD.open_minor IS DISTINCT FROM NEW.open_minor OR OLD.original_minor IS DISTINCT FROM NEW.original_minor) EXECUTE FUNCTION "totals_document_day__adjustment_credit_used"();
CREATE FUNCTION "totals_document_day__invoice_paid"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'paid', -(OLD.amount_minor) FROM invoice d WHERE d.id = OLD.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'paid', (NEW.amount_minor) FROM invoice d WHERE d.id = NEW.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; RETURN NULL; END $$;
CREATE TRIGGER "totals_document_day__invoice_paid" AFTER INSERT OR DELETE ON "payment_application" FOR EACH ROW EXECUTE FUNCTION "totals_document_day__invoice_paid"();
CREATE TRIGGER "totals_document_day__invoice_paid__update" AFTER UPDATE ON "payment_application" FOR EACH ROW WHEN (OLD.invoice_id IS DISTINCT FROM NEW.invoice_id OR OLD.amount_minor IS DISTINCT FROM NEW.amount_minor) EXECUTE FUNCTION "totals_document_day__invoice_paid"();
CREATE FUNCTION "totals_document_day__invoice_credited"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credited', -(OLD.amount_minor) FROM invoice d WHERE d.id = OLD.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credited', (NEW.amount_minor) FROM invoice d WHERE d.id = NEW.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; RETURN NULL; END $$;
CREATE TRIGGER "totals_document_day__invoice_credited" AFTER INSERT OR DELETE ON "credit_application" FOR EACH ROW EXECUTE FUNCTION "totals_document_day__invoice_credited"();
CREATE TRIGGER "totals_document_day__invoice_credited__update" AFTER UPDATE ON "credit_application" FOR EACH ROW WHEN (OLD.invoice_id IS DISTINCT FROM NEW.invoice_id OR OLD.credit_id IS DISTINCT FROM NEW.credit_id OR OLD.amount_minor IS DISTINCT FROM NEW.amount_minor) EXECUTE FUNCTION "totals_document_day__invoice_credited"();
CREATE FUNCTION "totals_document_day__invoice_credit_applied"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_applied', -(OLD.amount_minor) FROM ar_credit c JOIN invoice d ON d.id = c.invoice_id WHERE c.id = OLD.credit_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_applied', (NEW.amount_minor) FROM ar_credit c JOIN invoice d ON d.id = c.invoice_id WHERE c.id = NEW.credit_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; RETURN NULL; END $$;
CREATE TRIGGER "totals_document_day__invoice_credit_applied" AFTER INSERT OR DELETE ON "credit_application" FOR EACH ROW EXECUTE FUNCTION "totals_document_day__invoice_credit_applied"();
CREATE TRIGGER "totals_document_day__invoice_credit_applied__update" AFTER UPDATE ON "credit_application" FOR EACH ROW WHEN (OLD.invoice_id IS DISTINCT FROM NEW.invoice_id OR OLD.credit_id IS DISTINCT FROM NEW.credit_id OR OLD.amount_minor IS DISTINCT FROM NEW.amount_minor) EXECUTE FUNCTION "totals_document_day__invoice_credit_applied"();
CREATE FUNCTION "totals_document_day__adjustment_credit_applied"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'ar_adjustment', 'credit_applied', -(OLD.amount_minor) FROM ar_credit c JOIN ar_adjustment d ON d.id = c.adjustment_id WHERE c.id = OLD.credit_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'ar_adjustment', 'credit_applied', (NEW.amount_minor) FROM ar_credit c JOIN ar_adjustment d ON d.id = c.adjustment_id WHERE c.id = NEW.credit_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END IF; RETURN NULL; END $$;
CREATE TRIGGER "totals_document_day__adjustment_credit_applied" AFTER INSERT OR DELETE ON "credit_application" FOR EACH ROW EXECUTE FUNCTION "totals_document_day__adjustment_credit_applied"();
CREATE TRIGGER "totals_document_day__adjustment_credit_applied__update" AFTER UPDATE ON "credit_application" FOR EACH ROW WHEN (OLD.invoice_id IS DISTINCT FROM NEW.invoice_id OR OLD.credit_id IS DISTINCT FROM NEW.credit_id OR OLD.amount_minor IS DISTINCT FROM NEW.amount_minor) EXECUTE FUNCTION "totals_document_day__adjustment_credit_applied"();
DELETE FROM "document_day_total";
INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT entity_id, currency, document_date, kind, measure, SUM(amount_minor) AS amount_minor FROM (SELECT r.entity_id AS entity_id, r.currency AS currency, r.document_date AS document_date, 'invoice' AS kind, 'count' AS measure, 1 AS amount_minor FROM invoice r WHERE 1 = 1 UNION ALL SELECT r.entity_id AS entity_id, r.currency AS currency, r.document_date AS document_date, 'invoice' AS kind, 'total' AS measure, r.total_minor AS amount_minor FROM invoice r WHERE 1 = 1 UNION ALL SELECT r.entity_id AS entity_id, r.currency AS currency, r.document_date AS document_date, 'invoice' AS kind, 'due' AS measure, r.balance_due_minor AS amount_minor FROM invoice r WHERE 1 = 1 UNION ALL SELECT r.entity_id AS entity_id, r.currency AS currency, r.document_date AS document_date, 'ar_adjustment' AS kind, 'count' AS measure, 1 AS amount_minor FROM ar_adjustment r WHERE 1 = 1 UNION ALL SELECT r.entity_id AS entity_id, r.currency AS currency, r.document_date AS document_date, 'ar_adjustment' AS kind, 'total' AS measure, r.total_minor AS amount_minor FROM ar_adjustment r WHERE 1 = 1 UNION ALL SELECT d.entity_id AS entity_id, d.currency AS currency, d.document_date AS document_date, 'invoice' AS kind, 'credit_open' AS measure, r.open_minor AS amount_minor FROM ar_credit r, invoice d WHERE d.id = r.invoice_id AND 1 = 1 UNION ALL SELECT d.entity_id AS entity_id, d.currency AS currency, d.document_date AS document_date, 'invoice' AS kind, 'credit_used' AS measure, r.original_minor - r.open_minor AS amount_minor FROM ar_credit r, invoice d WHERE d.id = r.invoice_id AND 1 = 1 UNION ALL SELECT d.entity_id AS entity_id, d.currency AS currency, d.document_date AS document_date, 'ar_adjustment' AS kind, 'credit_used' AS measure, r.original_minor - r.open_minor AS amount_minor FROM ar_credit r, ar_adjustment d WHERE d.id = r.adjustment_id AND 1 = 1 UNION ALL SELECT d.entity_id AS entity_id, d.currency AS currency, d.document_date AS document_date, 'invoice' AS kind, 'paid' AS measure, r.amount_minor AS amount_minor FROM payment_application r, invoice d WHERE d.id = r.invoice_id AND 1 = 1 UNION ALL SELECT d.entity_id AS entity_id, d.currency AS currency, d.document_date AS document_date, 'invoice' AS kind, 'credited' AS measure, r.amount_minor AS amount_minor FROM credit_application r, invoice d WHERE d.id = r.invoice_id AND 1 = 1 UNION ALL SELECT d.entity_id AS entity_id, d.currency AS currency, d.document_date AS document_date, 'invoice' AS kind, 'credit_applied' AS measure, r.amount_minor AS amount_minor FROM credit_application r, ar_credit c JOIN invoice d ON d.id = c.invoice_id WHERE c.id = r.credit_id AND 1 = 1 UNION ALL SELECT d.entity_id AS entity_id, d.currency AS currency, d.document_date AS document_date, 'ar_adjustment' AS kind, 'credit_applied' AS measure, r.amount_minor AS amount_minor FROM credit_application r, ar_credit c JOIN ar_adjustment d ON d.id = c.adjustment_id WHERE c.id = r.credit_id AND 1 = 1) s GROUP BY entity_id, currency, document_date, kind, measure;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP FUNCTION IF EXISTS "totals_document_day__adjustment_credit_applied"();
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_credit_applied__update" ON "credit_application";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_credit_applied" ON "credit_application";
DROP FUNCTION IF EXISTS "totals_document_day__invoice_credit_applied"();
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_applied__update" ON "credit_application";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_applied" ON "credit_application";
DROP FUNCTION IF EXISTS "totals_document_day__invoice_credited"();
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credited__update" ON "credit_application";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credited" ON "credit_application";
DROP FUNCTION IF EXISTS "totals_document_day__invoice_paid"();
DROP TRIGGER IF EXISTS "totals_document_day__invoice_paid__update" ON "payment_application";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_paid" ON "payment_application";
DROP FUNCTION IF EXISTS "totals_document_day__adjustment_credit_used"();
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_credit_used__update" ON "ar_credit";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_credit_used" ON "ar_credit";
DROP FUNCTION IF EXISTS "totals_document_day__invoice_credit_used"();
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_used__update" ON "ar_credit";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_used" ON "ar_credit";
DROP FUNCTION IF EXISTS "totals_document_day__invoice_credit_open"();
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_open__update" ON "ar_credit";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_open" ON "ar_credit";
DROP FUNCTION IF EXISTS "totals_document_day__adjustment_total"();
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_total__update" ON "ar_adjustment";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_total" ON "ar_adjustment";
DROP FUNCTION IF EXISTS "totals_document_day__adjustment_count"();
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_count__update" ON "ar_adjustment";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_count" ON "ar_adjustment";
DROP FUNCTION IF EXISTS "totals_document_day__invoice_due"();
DROP TRIGGER IF EXISTS "totals_document_day__invoice_due__update" ON "invoice";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_due" ON "invoice";
DROP FUNCTION IF EXISTS "totals_document_day__invoice_total"();
DROP TRIGGER IF EXISTS "totals_document_day__invoice_total__update" ON "invoice";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_total" ON "invoice";
DROP FUNCTION IF EXISTS "totals_document_day__invoice_count"();
DROP TRIGGER IF EXISTS "totals_document_day__invoice_count__update" ON "invoice";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_count" ON "invoice";
DROP INDEX IF EXISTS "uq_document_day_total_key";
DROP FUNCTION IF EXISTS "totals_customer_account_balance__journal_line"();
DROP TRIGGER IF EXISTS "totals_customer_account_balance__journal_line__update" ON "journal_line";
DROP TRIGGER IF EXISTS "totals_customer_account_balance__journal_line" ON "journal_line";"""


MODELS_STATE = (
    "eJztXW1z27aW/isYfWkyq3pix3ZSZ+fOyLaSqte2srKS9m7coSkRthlTpEpSdrT39r8vDv"
    "gKvgmgKImk8aGpJeKA1HPAg4Pz+u/OzNKw4ez1tCfVnOLOCfp3x1Rn8EfyUhd11Pk8ugBf"
    "uOrEoGPV2KCJ49rq1CVf36mGg8lXGnamtj53dcuEwZeWiZfIxlOsP2ENTfCdZWOkmkukm0"
    "+WPsUI/9Ad19mD6TRrSubTzXthyoWp/7XAimvdY/cB24T+25/ka93U8A/swMdvnenCca0Z"
    "thVd82+2mGHTVTTVxR0y+ltnopqPijqdWgvydeYomHT+qNzp2NAYAL3R9HvFXc7pd6f6/c"
    "B0P9KxMNVEmVrGYmZG4+dL98EyQwLddOHbe2xim9wO7uDaC0DVXBiGj38AtPeToyHeb43R"
    "aPhOXRjAG6D2HiD6rqMoV8Oxct0fK0onxbeAIsYQ/6upZQLPyaM6FIB7eISffzk4ePv23c"
    "Gbt8fvjw7fvTt6/+Y9GUufN33p3d/ew0RoeVNRzAafBldjeCCLLCxvwcEXf1Ma1VU9KsrS"
    "CH1zMZsQrqc4cPag2tn4RxQJHpAfl+RBgHgRE4IvdsSFmfpDMbB57z6Qj4dvCgD+2hud/d"
    "obvTp885pF+cq/ckAvAd4RvuxbkIL5nHybDXOKMIE2fO3qM7wXXF8f90gQbQH4AqDPe+N+"
    "AsbpwraxOV2KLNQ4zaaW6lYhY9fqW46l+jZ3pb5NLtQZnlki6Abjt4dsp7MVXPffvOGRAj"
    "AsF13vIguw42ZKAEC4T2QqRXlAnivQEBi0Q+Itwj23HJhRDPTO5+H1uH9+gjzqG/PrcHAO"
    "n4nioeFAMRBiyDEHN45zWXGc5MPUxoCUorrZ4hiEao5AYSiL5DH80UQBQ36gNjSNpb8JFw"
    "A/Hlz2r8e9y89wu5nj/GUEkhuuHNBvl4lvU1wKJ0G/D8a/IviI/nd41afwkvVzb9M7RuPG"
    "/9uBZ1IXrqWY1rOiajF9Ifg2QI3hujqjqulMN60MbadI30xSrtY8m8DpLSqfERNsfIdhS8"
    "4Rg9n4M0Rt3G34NpuivSYl4gys2kRQkQcT0DhZqjXVTf+drMt6F9M2dUex5tiECdOiwrII"
    "TmbO2ZQhTEA4IZSbWq3hN3Hssg0LVWB2OhxeMIL/dJB4+a++XJ72ycKly5YM0t0cmZBhOe"
    "CXzRnEUjyXFs+BfjNZCjMiRVqKDTUTGjviAmtsE+ABSyhfhNIswKaru+IvAUMmX4Cy6H+3"
    "FrapGgqB0xZnQha15IUIL8BSf/eYaS32VniaIR8tG+v35j/xMmXGSGDvu0v64UTN4sLfwX"
    "ILvo0e0VafQ+8GKwrIzyc/Gnsa0IicZEeDs3EnU+hXAO1ZbKqGSXtedBM7HQe+cUWxAoxP"
    "yXS9aLaWwpyhXXNAzQjgCrD+zZuvH0zXToGRtW3xyI1Q764A6S8Ol9RoKMKpI0oOvLD9Td"
    "Tp47NqawqzD8IV68BKfBOOZS8xPNL0DKlz6hMOTTy2yD8jbKj0x+cyqGefhXO1g0kU7dnB"
    "LIHpTDXVe/qUMB0QBwjM9bH1iM1OVghGcK1bGIMx1xU3HLYyCqOHJmAVsxFwEXZ11dhDYC"
    "JHKrr+tffzwdExsu6Q+4ARnRXpDiKbExn8Aeku/fRgPZvIIm9eOlKj8tl5ojkWjrdzypCM"
    "moZkqDMhA3kwvoU+7o1Yx+mbpMxtfKf/EME5SddGvHl8rfv5ztb9lLfVA+1BdR7EoQ6oqg"
    "F6t5KF9Wgf8ri0D/N92ofSqS2d2qiDf8x1MlsJrrOUFXC9nvpm3ZkcYFLIZUN1XIUobWXe"
    "7iSt5HSdOW3jJ7LxleEzSym5XGcuB+evFIuLjlgxIunYq8qdsXAqsbhz2s3qxgJew1ls6Q"
    "mbzGIBeAtNdxX8hOHu6aXvU3/8J4cVDGbqw0SNlWPZdjBu26Ko0czuad8XjgvpBJ0sw1n8"
    "erfQeGYTQccMXW1AM1FvhCKqD0hFJr4nPH7CyDIxGLFU5NlIEQSVZ1jJSk1RTWJTKg1DGs"
    "7qaziTuUwyl6lm2qnMZeJZqzKXSeYyyVwmmcskzb48Zl/XclWjTCpTglAaEkrHqE5UA2Sb"
    "opETRglGZJJvjx1vWsULmbZQCy7ItIVds0CmLci0hZfLC5m2INMW6o2ueNqCjKWXsfR1RH"
    "j9WPpYeItu4nU9gjEH1gWZrkUyRMwxKJMONpJ0kFxeK3yowRLk9KMqRjB+lTM1/5dnODu/"
    "dWK38N5SuJFiWp4DM+YIlf7MWvozA3alWHA9Uw0jlwkxsjYdpt8evDsO4YcPRYBfX/YuLt"
    "JntPgTpFDN9w8lyFrnJjo4OuLwS5BRuZ4Jeo3FWlbcqoFRIrUFCHAhSSrZUJoN90bpEkcp"
    "UsmGqsxCbCjbmge+ZBBdwxjCe/JLSQWOg3W0hCvA+dNF+wsvpN75zaaqCx+HzizzTr9f2K"
    "oPQMZpiB3SXXEYmqZGr44rHSEHu4s5Ul0/P3qODPyEDfTq9tazY97e0kd/jSwb3ZH/IFTU"
    "u/IB2fhuYWqQTa3aLtJ0B55Gy4g93dhtVsenymNZLY9lPk8VbFJmZrCiqERkBvWu60RuPg"
    "qywnqRi7lWMuSJpZQhT3UJecpImvKfPqaq0T3Cta3yinTuFNLNWvp0aSuBr6UEN1hSyQUZ"
    "9tFE9L39vPR7kEkuubEmNxxMMIAAy5LsSNBLfpTlR6BzlYjNTJFKLshwqHqHQ0VKTQXg/h"
    "bN1E50UyogB8LsdilRXo1ypoLBj3SwE1YA9bmfBXodm7LVmCe0CD4Bkjijbtli3lDAc8/2"
    "HJhHekYFWLc77C+lktXNL+EFqmU7JMIgtmJPRDSMozZsENH7kxOUn/Azu5CB78iHJXUGBO"
    "nvJ54H4YGwAqm+awDRrksZTXyrnPzGvDEHJsQF+TM56FVYQIPGXyLddHQNE8pgPvSsuw+Q"
    "+apHo14jEz9hG91jF+5hPZOZb28fVEcJxtFYtttbaD5s2RqU5bgjEAY1bB2yCU2jRwafCt"
    "gJySN/oNe9p74xsaHf6xPdIMoXshcG/CwydOHAc7rkUZ7oA3tTYvtJn+LSvYzjifXQusmP"
    "OmFrf0RlIiKNUBYBqad35pH8+DT+fJnpAW2dKyx0eue/fbkeX/avxiexmjg35vBrf/S59y"
    "/vgkVe07m69K5c9T/1xoOvfWVw9XU4OOufhNVzFL8h+I3ZO//au4JLsR7lu68eK0tlbLpU"
    "RoaM446KTJO2EG9ZRmfbamgW0BlldCybKAlmuUIIaVoZVVfaxhtTm8SYwNBJBpRmQEoBz+"
    "BDUUhKJr0MShEISpF1ePJfiWYGpfDU4ZElL3Yu+mTsw26zS+hZsURqSZyuEvxfjOWjRrk9"
    "kgcd334izACWTqJfDn3fwiWMPksn0ZdRJXWOKpFFdkTQ5Suyw1OYRJ3PDX1KU5LWrE/i+R"
    "570Xwtwj8raEQ1DKsS4EZ0vl44XZtwS7vCU2pFGrygbAvn+z6I5mnSfsb7rrNaFE98TUHG"
    "ryC0gvm+jcS3TLKvr1utje8IT7H+hLXP0XxthJhVRbmWcOifXW/9RvO0EVfWxMCjBawXex"
    "T1JMqKPmI6FhXEH0U9kujASutBpSJhrMl3PHW9dQEYeR8htAWCX6wpdaRTy7SMdalnrEuc"
    "Ryk2FPsdEqTS8dAkxwORCYIVrCKKFoZoHPOEaBznh2gcp0I0EqKRF+UEWQuhrj4aJtp2hD"
    "YShkx6cMrnS5If72TDn7/OWapSy7xu6G+4P7uGXVU3Mqwhv10Pr3KivSKS5O6sT130H2To"
    "zsYcxZ3/vluYdM9Ak4VuuLrp7MFt/9HZrF6fBThAxGzMAdCvLnt/JHlwdjE8Te64MMFp0n"
    "k2dS1xx32cSgqd0o7LuU5OJo/YFMc/QSl5IAMnmoJ+USFCECsVuHfanX0WF748hrJAVlQA"
    "bG+uj4OpWgpuQrJyACwdvpzY8jh8d5Myeaqaj0FycIbdMn65W2S4nJCB8YxlntxJoEE+DS"
    "QIqqZfNbELuX2Q2hhk8nQR/FqsQcqjij5doKnqPASkWZmTVU4tyzTWeE/tFhhHp2SZihxq"
    "g/HVWG12ywC2ujuPzeYg32ZzkLLZ0P8LQBuMb6FB7ICrwfJBQX/lg3R7ZZn2uOm0R91RwC"
    "T+JJoqw9BtMUUmkB4yQ0Y6qhrkqJJWBtl14kWyQcZJbz9OWraZ2HqbiVRY2rqNHLmD0pqC"
    "ecLb6sU0Kn7U39rR0aIhkg1FjXZMWBcrmKRNEG3aLniuLk+9emOdHNNgbER3pXVQU5fKJD"
    "Z6pYXwd6j5pTK2vJ+g/heeOWDTAyse1GtCM4u8AuSjVw1NXXbRHNu+vQ+pQRE0gDiBd/V3"
    "uDHhGIJeXX25uCCYWq53BWuvT5CGaYkFJyyp1qUV1jQikcnvDysy7aHxA/Yeycb3uuNC/b"
    "cbE2plQGW3oAIc3NW1XELZ9f6m1dPIIpnqhk5fhZ/giqahxRwemXyAx6G/TZo16649dgvM"
    "mnFTu7Ban0EsFXvpQ28k+iDLhEtoMUQvunxWfp3EbOSaUBuxNg4Sf9tXsoK08xcnS7Xm6q"
    "yZjBBbnE3sHfym8dI1ZbTaTVDCmTWbq+ayk3HqCC4VHjemsUErTxlDCAbwCKhWD3rXRHXw"
    "B6g0bD2bDlWt6ZatY6JFw6fpAzRzhLgCT5NyQhV84eCsWs6buolU4mv8NhUp8dKBvmEHuv"
    "Q2vhBvo8CelTi46esaq7n9L3VbAjsxKaZroGTt71mFUgp2ejpcURPjV276n4OtNWisQGfA"
    "YFKDWEG/rAR6BSYzz/qMtdfpbb38NFyNCrwfF+Rjx2pdyHTseu7qPvsFT30s1Yu2STTx2N"
    "eSVS11p5enO2VxvUSjzhSptGmv8e75e74oByIyKfrKuxR2V8315TKgIFQuasa2bv5erP1b"
    "wxjBG8zFyACOaLncEoPC4PIXGWwqtsJ1BqMtsQJ8253Vm9IeapUgGRbMzTJWxIrpFtgo4q"
    "MEWkoGEUhB4qJlI+cB3IPQNZG2erTmyMBP2EDPD9hEt7feyNtbpDv0ZxT1lKxodh47BhPu"
    "QNa6u3CkBaOmFgyZM7mxOld1c/nsMh91Ax4fX7BkAry68WdEvT0PWydKJBTAvNM7g1aeJ8"
    "ijvjGHV8qvw4vzEyLOlQfL0G7MwVUwRjdj9xDk0nsOHr3P5dB76ZGTVqWoYbg411lKyfW6"
    "cD3AKMb2VMKGjIutkQ1FphsG62yjVXpkJpxQTpdqK1FzgXWhEuvE0Ei8POve2kC1zgqaZd"
    "JcE6X2mTMZkL5bCxs6X0Of3zWR+s2b6sLvGNyObUEm7MqE3QZG1/l2Xb9oQUHibs7ILo8N"
    "O0wdFErkPccTyHs1sOP4gXI0vRaszL4wQlQYIfKkkOOqhlZqL9H200UQA99FkTbLGLarv8"
    "WN+cqfgHy2lx+Ql9PLmMZfe8m/fuEtxBC89hJ5eyNEFoJrW8aNGQTy/4Rs69lBqo3pcHJv"
    "R9dw8LyhhZ5N55Xx/nU/g3WL7OqyU/iuYzukUWKngU2youGGKxrKYl+1WOhNDGGWmasVa+"
    "Ec6reY3i2kb/t6p7Mgs2j3XqxHUuH1i9e8WqnVniAoPZNSuDdwjxszsN/Qixqo9ChmJPS0"
    "exgZqvivbm8JeHsOtp+Abi98nNtb3jwbqTBLhVnuZFJhrhv6UmHetMIsNbUXrKmdW9MFaB"
    "Xn6nIMZfSyVLXUmEJdTfNH00KHbjh+dS5yqCl1Y11Jgtmgdh9Vh2ghwldBSrFlg/YVKUev"
    "uzSa906/X9ipaK8N3OLGJKrXDKsO+ZvoWoHtMpjSN76qdO4T9GA9I8KJJS1sotth4cJnGK"
    "E7SAN5Dx9uTG9AoN89qE/Y0/jg+eine/0Jmz5p4JTxlEmf5hnbOEjEljpg3cVBkQ4oFRCp"
    "gOwa+k0qILEdQ6yIYYrwRRcNkIUMN1jI0N/jRfCNkUiIOSCW5xB5DnGvoaN6jsk4NYbvHO"
    "LEh688hlwtZhNsO+iO6P0QDo61SJs/QXMb3+k/0H+h/8O29fNc1TRy3cQ/XPJ7gK6L7tX5"
    "z3c2xumkw0pnlsp8jd+pImVeZhZuLLPQe4VEwI0otgVvp9PQ3RlEkeKJIjHxkSDc3t683w"
    "I5ElvcZEfwe3ew2F/PVMPIRT9Gtj3kjzeL/NuDd8ch1vChCN3ry97FRRpOmZCXj3K7EvIE"
    "FFwmLYegQm28NOp0/YST+GzNM73VMNy9KQht8tTkpyJmnJWiJMX8E1IUQ85Tj8VZTBxd01"
    "V7Sfs1IRpa/mwiqN8eelM+IBXZcN5yXPRs2Y8O0k0vqNuknpRkUZWs0iybu5E8NNVa2ZGH"
    "pl3o9TUrx7JTk+YG6rGA1FLK+JBShC1EvGJHkqytko97M5V6roq9XkMZ8QhJhk4GSK7nNk"
    "jxI80M4UobsS5HDWMEb60Ndg02qNhGU05fNam10VC4pA2k7vVJmoiRuoACzeRUvv5bCDP1"
    "n9r7Dsb7FK+JFTQq92sdtBSsIOVlTaDi5YxbiJI+m1u2q9iLdQX6gE40WrRVlG+7ilITMQ"
    "qKKEGpj7X7yPlllPpQNqSleO28jlIzQZN+pcr9SjFXuJO5ZV6Sc+nYgn85T+uc7RnqZV4v"
    "OKjTn6Uk/GrBj7RhwZH3OLOTpmVTFjziJVV353MFMPYP+SGH/MtMmob7YFuL+4eALUrkom"
    "NsA2e967PeOTWmKUlv0t+FHsNPF4EOmOE0jC52i/yGUZkMLt9hPi+kP67GFr5ugT8uLw6s"
    "wG2UFwAmfXJpnxx55w0hp1xI0EIf0Ua8cvm5Mqt7JDQhb6bTuyZXTpDqONi9MS8GvdPBxW"
    "D8rxNk6OpEN2hhv/7/fKFf4b8W9POo/7V/9aV/gmywzSwwGfHH5/7VNfkG/5hj0ynVP+EX"
    "Du79ksu7X5Kc0x0l6uWQkP+WZWDVzNkA4nQJ1k0I4aZ4F8il7aaHnQ6HF4z77nSQEPJXXy"
    "5P+6NX+xR5Mkh3GdnPAk4twVC8sQToDO0WgQ+/iSMvqqFsDfGyUYqRQ6OKQsZxrwZnNeO6"
    "bR7StdE6W3Qjl1jQKrGCt9I3Ibb5hdxZMfbGoLXJMOKBhmdzy4VAsxGeWjZ71M4d1C0yEu"
    "jRcMWOxnMV7bvTbcdF1sKdWjPsVdQLYn0dKNRCw4JVE8XugR7xsktGzQ11iTVkmeRvapJO"
    "Rxhv5A4ZpoxvnZjVB4w9f0rjRhOMG8CqFPwFZRRwW6MzD46OeE7eR0f5J2+4xh4nrDmOtC"
    "RejBmiFiJ9zGPiOM63cBynDBy+NCMTmvfYntu+NOAFPIe8jdAf8kB/mA/9YQs6cOqmMrct"
    "iMl1OmKoE3mqfB4NP43619fQZzOc58Y8G15+vuiP++cnCMIcwXehlTEg7e9zcGh/P5dDcC"
    "n5cjhzyzdnsTz67Xp4lfdGRDTJ+HB96qL/IEN3muuBzcIWwGBMGgGmry57fyThPrsYnlJs"
    "YsHdMMGpjNHnFkztjtGnAqAM3xO0FXC+Oe9gnRgdYFLc6dYpUaw6RiTzMKrKw1g4WS5a4S"
    "SMsmEd9XinVmZgxJaecPrFRm0yNLqyb9uWffawMB87WSaZ5JhuoUXGC/zEMFyZhuM5Ur/t"
    "hfmTgyghutMNjF5BbjWEZTlYo028ukh1aML12cUAPdu6ix30cXDR36NEzt7UeXrdRY947h"
    "IdEQamrDIbucuNCad8mjjuWEg1l1AQFxEVdUobpKkmgpYJGOluFyjmOoauC2AOctGMCEZ0"
    "e3v265erfyqg9Vzf3qIp0eEJWNgm+i2Z0cQ6WHuQ41rwO5BJHp02YSB/6y6CNvTeAz+TP7"
    "H3q8jUFnnh8q1GthdR6+C/pMWoPoK2W2AxAlal4M/F3h/dpo3uYP/w3eH7t8eHIezhN0Vo"
    "ZxTbtUwXZ5kqxvhHbhpnSNIK80SRMtj/Y1x8IAt1wYvh1adgePKUljgML0xhfS2iadMq3q"
    "265ov9NbU1kaSMurGBV2WLVl9mUOxOFTZAPldT89myUkXzl8Jq1WxoEt2F0oDS4rUlAMVJ"
    "s5egTjmekkTUEveBAN8FJYjoGUvacpV8iTzHHNZep71k1U4tI31rLJSKVBtZVHyDBUvhjV"
    "JEC/AwRC2EeSNeR7Jt2uWsjyyltDrXxRjJY3W+003deSjF9gSptDnX2eYMtiEFlrHAKZyh"
    "aU3DgOoO4p6zTQDQGIWEM1W9mdb7F0AzIpBg5tRuFkAzRiHhTMLpPOrzuRCcMQoJZxJO32"
    "EhshVFFBLO1MtuapaJy9RpjxNK/a3O+huwSnmydE24A1yacs0WcM3hckYHuCBCalKiGGaS"
    "VBr2BW1osl9nLd0qUQWNNT0rUUX9ZnGB16vCLL+cUJhsYVMBuC0PMkpJ1zUqvcbidyop4M"
    "aGD7WEAcmiW5a9bv0oDyysRblvbYFq807RELVcz2gc11XuUfIeiSQU/g4d0lWIH0P3trWY"
    "0/AuM/Bt+m9mFxFNEts0VgscLD85kO5HWzXq7ok/GKK6skLXKr/DjekQkOh19Z6wyo9mQ/"
    "RbZ2rNYQpTcyDGTCfsxKoG96R38kPP3Ge9KMYscNPRyRQ/hQ3/cDHNwpXJirXSbrrSP7sb"
    "/yzzdvAizBBJmDlgZuSOANJJuhaCvc9V/Gq/oPjVfrr4lTX5jqeu8PmUIZPmgdLmARlwWQ"
    "/LgAy4XDPgcucpMn5p7axTRVR1u+A4ERu0OgsGtHA6/gOiVWrQTF2iCUYmvlehrlyX6Pya"
    "33TQVY3g8gQb5FwATd0zeh1WM+fq4MpvYW18n49B43nPbE5Gf0t81aWK+p9S66+l1r/7+q"
    "tpydWmTvKpd4HXH5UiXNMdVdMdg9cfVaLtoex4KNLxcIZnlgi6wfgt1hbpbAVXcszhPCkV"
    "HpXSJgA3UwLw13LZcph2LHBMpIrL5+E1LdTiUd+YX4eDc/gMrvVyVVuOecrq5FfVka09ZQ"
    "A3+RlErRXegmM0LzkYhJ4YlJluWhmKYpGqniCUBofSlp6JasC+oMCSLMGITPLWRAhumRc7"
    "j42qmTDZERdYM4QAD1hCKZRkdFoj0Y83zBNnQha15IWMFKx5pGCsoeqa0Ar0Zq2btOeOFW"
    "R3Og58GalQAcjt7MOZxDlLltY07LWhCFcZ9er1VVfU+dzQp1X0bPE6rPei+VokUpgFKxuQ"
    "8KDk9+OtcIH5PXlbusKE/PrJ1zgf2KGJxxb5h6vnUjhXO8Tn3+XCH+hbmR8CEby0K8MgaO"
    "8dOrLShq7fwvm9PQDuopiWjC+uz5moi/IjDQJ2pVhwPVMNI5cJMbI2mWreHrw7DuGHD0WA"
    "X1/2Li7SFoD4E6RQzffcJsha58DdSNkndQYt5srY3pOUbVrFWzZ5Re3Che1dKVLJhtJsYL"
    "dhgf2UoZMMqMrcGIs+XTcEOZqpYYzgtSSwa5DDShMJjgrw/XTRvl6lSYRTkrZWkd6+RbKT"
    "ccwJLnWLjjjfY4MqPd3IQ0xdJG234BDjLGeTrN7lBUl8IUU1ivZumZCIlOSKkyyIkkxq2a"
    "7uGkIlbEOCFgb4HnDFoR4UhKEeeFGoKdWBx0yeamyuqFkHH9nbXDaEXx808JzpFbXr5nU2"
    "1u3l30lVDQazfJ0oxHSlYhS5jvl6DviRiRqNFyfw7KEr/IRt5NfZRJaNPOVRO0EqDSIP2j"
    "VBn20y0oEyFfSm2Z0Hqr4BT4qcQ7AgZwy6Psk1/yNkwUF6HBP04PmMvdw5qfPVUueLsSjF"
    "hfzgcZZKJm/J5K0NJm9JT8AWG0Cwwp37HMiStXBNb6BqTrhxCm1/DJk0M5e283spfCUS5R"
    "hCmSfXpDw5GdNfh5j+stH8UuRVI/JKpHYlKeVLUJYH3qkbO+KlrVhCyYGK/Msxn1c1+QAN"
    "FEeiuQDc/mWZK8SJrGiuUCANqlu2LU9jSYhPDojDPa8CjNudwJLUDtbIX1G1J0ByXb+SN0"
    "t7EE864VTt+8JxIW9ibQ9cL5yqpXD5QVHV5Pa0FCNfOmZLuw26KZuIVQWJYj5KbU4Us/EU"
    "609kRfkZY2siNvKn87PFWrq0oMOduW4HjhGdpKUIeYXWFAnUjmIp8rLoEhJtdSQFdxZdp4"
    "c0PNFdiGVQkZcYCY0+aMoJIjxxnQ8I/yBTGEtkmRg6fNBKwM8W0h0IjNChRHBGVeHq5s3M"
    "54snzOdl831LBxTH6xrIoIl6Bk3IbL/qs/3Iq1gmAS1BKMu+lS77ppVjQJJScqAcB2SJ4k"
    "3Gtey0oF7N9Med1dMrUclt7QpuNd0zZW7xS2FDgetxR4XI6sYLAR+ZSAUymdu6odzW3dcs"
    "rNmGygswX8nC3aQOZ5ThyjDzZBfryrf2ZJQL4zP6jB8wmqu2S3vEosCYjPz5EJ2PfHYtap"
    "rxXTxpG0/5aTJNOsHP8fgXy7ZP23WSF6UVp3ZWHFn1pgaaqSy3suugUEamCYSEMnSSAVUd"
    "CuaRh3NNhUrcZ1o3hnAHIDFrkUNtlUWFKi4qtBulNbnCMzTWjJcgX11NBi3w6aqXRHdcRs"
    "rlnW3NwKPoK/sf0POD6oLL0LQYjTOIS4JLqomsJ2z7t03rsZu5RTUNUSeq+Zg4OCZGSf23"
    "lvqv7I4qu6PKBPtmQCa7o24DV9kd1QdXdkdNRznI7qgNzfqWdr4amJlsfIdhSxYqK8IQtX"
    "G34dtsivaalIgzsGoTQZVVKydf42SpXnI7YN1RrDk2YcK0qLAsgpOZczZlCBMQTixrY3nB"
    "4Tdx7LJNFVVgdjocXjCC/3SQePmvvlye9snCpcuWDNLdHJmQYTngl80ZxFI8rxP/Kdv+7p"
    "4Lsu3vrlkgSwTVoUSQbPtbO7+kLOURLDfZ9rf2MXR5WmYFGJ+S6dofC5qhXcsOy7LDckMR"
    "rrLDsux8Kzvf7hJTofAYWuAgMyomKH1QFAwTjuHI0fdGI9UAP8ISzVVdQ9bCdXQN07R5Z+"
    "m4eHaCzke9j2P08z+Q5yyCvzw3UVaCfjWTZoZyO5h8Z4ZhTeFHP8QhHdCdUDw8r9yfqZYH"
    "QShaYXwMO0iGx9QyPEbGHWw67iB4DWbkvbQy1jqffzw9yxY9RTaeWmQ3I4iZzp2nQol4zE"
    "f9s+HoXBmPelfXH/ujE5Q1n6hbiSd9ej8/e3o/lTzNiKsUl/K9Skm6Fx3GJB2g23GAymAm"
    "GczEwq3Z6p0rKpmpSnmCKO2NWfvIJtdyVaNMiEuCUFZvKee4oK3UsmIucoGPUWwP9P3Ngn"
    "6wf/ju8P3b48MQ6/CbIojTcCaPY0JLOoNYeoHKLuytJwkkUa9RS+DqUwRg/xBWqxmilxyr"
    "RYGwseqINYZLkFWySnctG5h1esSl+B0V6H1HMrBwI4u1HIgZpC8ZSRnFny8H2hvF77c0Ls"
    "F1llJyvS5cDzCKsT1V77s2XRqbIzFrzuL0m+3XdBfnMUMoeVxnHstQ/9qc6Hce6i/ZQLGU"
    "sf67ZoGM9Zex/pIXnUhblp2Bd8iDRERaCX+H5MCaTjyws60nlnKnkFxZhyvlZFOSUvJA5o"
    "LJXLD6nwZkLlitYC6XCxZoJRXAfO7Xw7uOTdlOeZFQ5WTKXb1S7tLanUScE/FcxbimmY5N"
    "Fda8qY6Zp//twdvQVZy0dnDKDAkur4ioKknXMKxKcnS9RMleOF2LJMdG20WncMtNQmWxXZ"
    "WOqqjscK5GQl4ZR+gBBF1+/FbPLpRMV4MUUxpd5XygA6BNL5pjOxgJf3rDshsMVTt9Zraq"
    "/+P9DtFex9XMtkOJazKttHZppbIaaQ1sitFrIsQBhkzCXxp+Rpzxw8+QSfirsuZGhR7WVE"
    "+jqhINYwOvhsosQL6Da2YxE2FkBWqZNBVbRrbWq8uQRYFN66/wfbHOGoxYpabmo7m6R4/U"
    "82qp59H/p/AvSJvzx1eTGF2jrLkjvmSkglykVGOd2GMJIJwga13C/8ERT+UPMioXanpNJt"
    "u0O+0iL9kmpSHyGNrm2J7pjlOBoY1slZ/DyRq4GjZlZotlQDnYzkD5UjWXYwv+3bAHZKd7"
    "SoEaSX+WklDOgh9pw8ojUig87JB15oFo2RT/RwzvLyhxCgDsK6Ahe/zLQOZfch9sa3H/EH"
    "BECZQ8Rmc9612f9c7pq6kkdae/V2qbsRchR+9kX5ViDVSZs4MrVUa/xaGJ3ShpmpRaai21"
    "VHZppDUpjvJrzAx1LnpHDpIfv1ydXysXg+vxiW9zd/YM3XFvzODa10H/9+jak46fo2v980"
    "GMDo6r0TWoEBRdg+04NudwcB6b09K1G7M3Us6GVx8Hn76M+idItffI8rjT7xc2BrrPw9H4"
    "Whn1e5RubtmuswfaBqU7H559uexfkQGXvaveJ0quBD0jnT1PstyYBIUvn8MhDnYX8/Aa0T"
    "F6yuASbnOCYHHs6TO4S9K/waN2Vl8VIyZRBIyDMTEkTYNVmQb9vW1dw6A/TcNYwG0WjJZe"
    "phKwI7sVVYEy9IdANcrXGgJlSNquXqZWALwXtV/FaVpnw9rnMmLtF1ix9jPMWLozN9SlIo"
    "p0kq59hiyu+kUHBfWLDtL1i/BM1Q0RmEOC9hWIOjg65LIUHhZYCg+TAOuOQrYJ/SljLa9q"
    "nBjRbbFvYiBNtlu5ocL2iapBI2l1V8dZxrcizJOkEnZ+2KVFPF/KtMsiLstPtZnrAUbJ8l"
    "Ol/CCq9gRHYEfx3/H1nCE9b7bmqRm5ThC2VvUjXtdd1JvrY5imga8LF0aqTVbp94XjUpte"
    "RavK7oVTtnRpEdgCO2oV0f89+yw+W1tBW0DgFX6ClbYmXjBT/6m968sPUov3gKvm3fTC+8"
    "RawTURQF3Ds7nlQo8kxet1s+aSG0QTjuh8bd0RPAeNYi/WFWoDOtFo0dq9UzefLL0yXWzg"
    "zdbS9zGekZttRhCAqp2ZzInMhSnWn8hpzu9tVdEiG/nT+i1BWwse9YBXBVnLkg0yofISjr"
    "eEVJPXVNSJSQJVfehhFDW3Xuhh2UCARoUeBj8yGXoYxW+yoYex8IFk2GEiKnGt0MO0TTPf"
    "eSDMWO5CXs1mbfQzeZnLVAATZG9UZk2AwYUhIT1s61O4QSooxL/SLQwLicbUJijkpUSErN"
    "laLT/WI7dzXUEDpdzWdbWK9yztHN9AGg28VAII+8NbiO5Ger6SO7o4q6Lfb9fDqxxfbESS"
    "dMnpUxf9B0FYcAPRLgAXwGD8bgGmry57fyThPrsYniYdajDBaVbA6DbjG//+f8TuehM="
)
