from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS "totals_customer_account_balance__journal_line__insert";
DROP TRIGGER IF EXISTS "totals_customer_account_balance__journal_line__update";
DROP TRIGGER IF EXISTS "totals_customer_account_balance__journal_line__delete";
CREATE TRIGGER "totals_customer_account_balance__journal_line__insert" AFTER INSERT ON "journal_line" BEGIN INSERT INTO "customer_account_balance" (customer_id, entity_id, currency, gl_account_id, amount_minor) SELECT NEW.customer_id, e.entity_id, e.currency, NEW.gl_account_id, (NEW.debit_minor - NEW.credit_minor) FROM journal_entry e WHERE e.id = NEW.entry_id AND NEW.customer_id IS NOT NULL ON CONFLICT ((customer_id), (COALESCE(entity_id, 0)), (currency), (gl_account_id)) DO UPDATE SET amount_minor = "customer_account_balance".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_customer_account_balance__journal_line__update" AFTER UPDATE ON "journal_line" WHEN OLD.entry_id IS NOT NEW.entry_id OR OLD.customer_id IS NOT NEW.customer_id OR OLD.gl_account_id IS NOT NEW.gl_account_id OR OLD.debit_minor IS NOT NEW.debit_minor OR OLD.credit_minor IS NOT NEW.credit_minor BEGIN INSERT INTO "customer_account_balance" (customer_id, entity_id, currency, gl_account_id, amount_minor) SELECT OLD.customer_id, e.entity_id, e.currency, OLD.gl_account_id, -(OLD.debit_minor - OLD.credit_minor) FROM journal_entry e WHERE e.id = OLD.entry_id AND OLD.customer_id IS NOT NULL ON CONFLICT ((customer_id), (COALESCE(entity_id, 0)), (currency), (gl_account_id)) DO UPDATE SET amount_minor = "customer_account_balance".amount_minor + excluded.amount_minor; INSERT INTO "customer_account_balance" (customer_id, entity_id, currency, gl_account_id, amount_minor) SELECT NEW.customer_id, e.entity_id, e.currency, NEW.gl_account_id, (NEW.debit_minor - NEW.credit_minor) FROM journal_entry e WHERE e.id = NEW.entry_id AND NEW.customer_id IS NOT NULL ON CONFLICT ((customer_id), (COALESCE(entity_id, 0)), (currency), (gl_account_id)) DO UPDATE SET amount_minor = "customer_account_balance".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_customer_account_balance__journal_line__delete" AFTER DELETE ON "journal_line" BEGIN INSERT INTO "customer_account_balance" (customer_id, entity_id, currency, gl_account_id, amount_minor) SELECT OLD.customer_id, e.entity_id, e.currency, OLD.gl_account_id, -(OLD.debit_minor - OLD.credit_minor) FROM journal_entry e WHERE e.id = OLD.entry_id AND OLD.customer_id IS NOT NULL ON CONFLICT ((customer_id), (COALESCE(entity_id, 0)), (currency), (gl_account_id)) DO UPDATE SET amount_minor = "customer_account_balance".amount_minor + excluded.amount_minor; END;
DELETE FROM "customer_account_balance";
INSERT INTO "customer_account_balance" (customer_id, entity_id, currency, gl_account_id, amount_minor) SELECT customer_id, entity_id, currency, gl_account_id, SUM(amount_minor) AS amount_minor FROM (SELECT r.customer_id AS customer_id, e.entity_id AS entity_id, e.currency AS currency, r.gl_account_id AS gl_account_id, r.debit_minor - r.credit_minor AS amount_minor FROM journal_line r, journal_entry e WHERE e.id = r.entry_id AND r.customer_id IS NOT NULL) s GROUP BY customer_id, entity_id, currency, gl_account_id;
CREATE UNIQUE INDEX "uq_document_day_total_key" ON "document_day_total" ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure));
CREATE TRIGGER "totals_document_day__invoice_count__insert" AFTER INSERT ON "invoice" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'invoice', 'count', (1) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_count__update" AFTER UPDATE ON "invoice" WHEN OLD.entity_id IS NOT NEW.entity_id OR OLD.currency IS NOT NEW.currency OR OLD.document_date IS NOT NEW.document_date BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'invoice', 'count', -(1) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'invoice', 'count', (1) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_count__delete" AFTER DELETE ON "invoice" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'invoice', 'count', -(1) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_total__insert" AFTER INSERT ON "invoice" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'invoice', 'total', (NEW.total_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_total__update" AFTER UPDATE ON "invoice" WHEN OLD.entity_id IS NOT NEW.entity_id OR OLD.currency IS NOT NEW.currency OR OLD.document_date IS NOT NEW.document_date OR OLD.total_minor IS NOT NEW.total_minor BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'invoice', 'total', -(OLD.total_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'invoice', 'total', (NEW.total_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_total__delete" AFTER DELETE ON "invoice" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'invoice', 'total', -(OLD.total_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_due__insert" AFTER INSERT ON "invoice" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'invoice', 'due', (NEW.balance_due_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_due__update" AFTER UPDATE ON "invoice" WHEN OLD.entity_id IS NOT NEW.entity_id OR OLD.currency IS NOT NEW.currency OR OLD.document_date IS NOT NEW.document_date OR OLD.balance_due_minor IS NOT NEW.balance_due_minor BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'invoice', 'due', -(OLD.balance_due_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'invoice', 'due', (NEW.balance_due_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_due__delete" AFTER DELETE ON "invoice" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'invoice', 'due', -(OLD.balance_due_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__adjustment_count__insert" AFTER INSERT ON "ar_adjustment" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'ar_adjustment', 'count', (1) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__adjustment_count__update" AFTER UPDATE ON "ar_adjustment" WHEN OLD.entity_id IS NOT NEW.entity_id OR OLD.currency IS NOT NEW.currency OR OLD.document_date IS NOT NEW.document_date BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'ar_adjustment', 'count', -(1) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'ar_adjustment', 'count', (1) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__adjustment_count__delete" AFTER DELETE ON "ar_adjustment" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'ar_adjustment', 'count', -(1) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__adjustment_total__insert" AFTER INSERT ON "ar_adjustment" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'ar_adjustment', 'total', (NEW.total_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__adjustment_total__update" AFTER UPDATE ON "ar_adjustment" WHEN OLD.entity_id IS NOT NEW.entity_id OR OLD.currency IS NOT NEW.currency OR OLD.document_date IS NOT NEW.document_date OR OLD.total_minor IS NOT NEW.total_minor BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'ar_adjustment', 'total', -(OLD.total_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT NEW.entity_id, NEW.currency, NEW.document_date, 'ar_adjustment', 'total', (NEW.total_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__adjustment_total__delete" AFTER DELETE ON "ar_adjustment" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT OLD.entity_id, OLD.currency, OLD.document_date, 'ar_adjustment', 'total', -(OLD.total_minor) WHERE 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_credit_open__insert" AFTER INSERT ON "ar_credit" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_open', (NEW.open_minor) FROM invoice d WHERE d.id = NEW.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_credit_open__update" AFTER UPDATE ON "ar_credit" WHEN OLD.invoice_id IS NOT NEW.invoice_id OR OLD.adjustment_id IS NOT NEW.adjustment_id OR OLD.open_minor IS NOT NEW.open_minor OR OLD.original_minor IS NOT NEW.original_minor BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_open', -(OLD.open_minor) FROM invoice d WHERE d.id = OLD.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_open', (NEW.open_minor) FROM invoice d WHERE d.id = NEW.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_credit_open__delete" AFTER DELETE ON "ar_credit" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_open', -(OLD.open_minor) FROM invoice d WHERE d.id = OLD.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_credit_used__insert" AFTER INSERT ON "ar_credit" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_used', (NEW.original_minor - NEW.open_minor) FROM invoice d WHERE d.id = NEW.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_credit_used__update" AFTER UPDATE ON "ar_credit" WHEN OLD.invoice_id IS NOT NEW.invoice_id OR OLD.adjustment_id IS NOT NEW.adjustment_id OR OLD.open_minor IS NOT NEW.open_minor OR OLD.original_minor IS NOT NEW.original_minor BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_used', -(OLD.original_minor - OLD.open_minor) FROM invoice d WHERE d.id = OLD.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_used', (NEW.original_minor - NEW.open_minor) FROM invoice d WHERE d.id = NEW.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_credit_used__delete" AFTER DELETE ON "ar_credit" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_used', -(OLD.original_minor - OLD.open_minor) FROM invoice d WHERE d.id = OLD.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__adjustment_credit_used__insert" AFTER INSERT ON "ar_credit" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'ar_adjustment', 'credit_used', (NEW.original_minor - NEW.open_minor) FROM ar_adjustment d WHERE d.id = NEW.adjustment_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__adjustment_credit_used__update" AFTER UPDATE ON "ar_credit" WHEN OLD.invoice_id IS NOT NEW.invoice_id OR OLD.adjustment_id IS NOT NEW.adjustment_id OR OLD.open_minor IS NOT NEW.open_minor OR OLD.original_minor IS NOT NEW.original_minor BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'ar_adjustment', 'credit_used', -(OLD.original_minor - OLD.open_minor) FROM ar_adjustment d WHERE d.id = OLD.adjustment_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'ar_adjustment', 'credit_used', (NEW.original_minor - NEW.open_minor) FROM ar_adjustment d WHERE d.id = NEW.adjustment_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__adjustment_credit_used__delete" AFTER DELETE ON "ar_credit" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'ar_adjustment', 'credit_used', -(OLD.original_minor - OLD.open_minor) FROM ar_adjustment d WHERE d.id = OLD.adjustment_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_paid__insert" AFTER INSERT ON "payment_application" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'paid', (NEW.amount_minor) FROM invoice d WHERE d.id = NEW.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_paid__update" AFTER UPDATE ON "payment_application" WHEN OLD.invoice_id IS NOT NEW.invoice_id OR OLD.amount_minor IS NOT NEW.amount_minor BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'paid', -(OLD.amount_minor) FROM invoice d WHERE d.id = OLD.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'paid', (NEW.amount_minor) FROM invoice d WHERE d.id = NEW.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_paid__delete" AFTER DELETE ON "payment_application" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'paid', -(OLD.amount_minor) FROM invoice d WHERE d.id = OLD.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_credited__insert" AFTER INSERT ON "credit_application" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credited', (NEW.amount_minor) FROM invoice d WHERE d.id = NEW.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_credited__update" AFTER UPDATE ON "credit_application" WHEN OLD.invoice_id IS NOT NEW.invoice_id OR OLD.credit_id IS NOT NEW.credit_id OR OLD.amount_minor IS NOT NEW.amount_minor BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credited', -(OLD.amount_minor) FROM invoice d WHERE d.id = OLD.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credited', (NEW.amount_minor) FROM invoice d WHERE d.id = NEW.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_credited__delete" AFTER DELETE ON "credit_application" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credited', -(OLD.amount_minor) FROM invoice d WHERE d.id = OLD.invoice_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_credit_applied__insert" AFTER INSERT ON "credit_application" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_applied', (NEW.amount_minor) FROM ar_credit c JOIN invoice d ON d.id = c.invoice_id WHERE c.id = NEW.credit_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_credit_applied__update" AFTER UPDATE ON "credit_application" WHEN OLD.invoice_id IS NOT NEW.invoice_id OR OLD.credit_id IS NOT NEW.credit_id OR OLD.amount_minor IS NOT NEW.amount_minor BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_applied', -(OLD.amount_minor) FROM ar_credit c JOIN invoice d ON d.id = c.invoice_id WHERE c.id = OLD.credit_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_applied', (NEW.amount_minor) FROM ar_credit c JOIN invoice d ON d.id = c.invoice_id WHERE c.id = NEW.credit_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__invoice_credit_applied__delete" AFTER DELETE ON "credit_application" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'invoice', 'credit_applied', -(OLD.amount_minor) FROM ar_credit c JOIN invoice d ON d.id = c.invoice_id WHERE c.id = OLD.credit_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__adjustment_credit_applied__insert" AFTER INSERT ON "credit_application" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'ar_adjustment', 'credit_applied', (NEW.amount_minor) FROM ar_credit c JOIN ar_adjustment d ON d.id = c.adjustment_id WHERE c.id = NEW.credit_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__adjustment_credit_applied__update" AFTER UPDATE ON "credit_application" WHEN OLD.invoice_id IS NOT NEW.invoice_id OR OLD.credit_id IS NOT NEW.credit_id OR OLD.amount_minor IS NOT NEW.amount_minor BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'ar_adjustment', 'credit_applied', -(OLD.amount_minor) FROM ar_credit c JOIN ar_adjustment d ON d.id = c.adjustment_id WHERE c.id = OLD.credit_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'ar_adjustment', 'credit_applied', (NEW.amount_minor) FROM ar_credit c JOIN ar_adjustment d ON d.id = c.adjustment_id WHERE c.id = NEW.credit_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
CREATE TRIGGER "totals_document_day__adjustment_credit_applied__delete" AFTER DELETE ON "credit_application" BEGIN INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT d.entity_id, d.currency, d.document_date, 'ar_adjustment', 'credit_applied', -(OLD.amount_minor) FROM ar_credit c JOIN ar_adjustment d ON d.id = c.adjustment_id WHERE c.id = OLD.credit_id AND 1 = 1 ON CONFLICT ((COALESCE(entity_id, 0)), (currency), (document_date), (kind), (measure)) DO UPDATE SET amount_minor = "document_day_total".amount_minor + excluded.amount_minor; END;
DELETE FROM "document_day_total";
INSERT INTO "document_day_total" (entity_id, currency, document_date, kind, measure, amount_minor) SELECT entity_id, currency, document_date, kind, measure, SUM(amount_minor) AS amount_minor FROM (SELECT r.entity_id AS entity_id, r.currency AS currency, r.document_date AS document_date, 'invoice' AS kind, 'count' AS measure, 1 AS amount_minor FROM invoice r WHERE 1 = 1 UNION ALL SELECT r.entity_id AS entity_id, r.currency AS currency, r.document_date AS document_date, 'invoice' AS kind, 'total' AS measure, r.total_minor AS amount_minor FROM invoice r WHERE 1 = 1 UNION ALL SELECT r.entity_id AS entity_id, r.currency AS currency, r.document_date AS document_date, 'invoice' AS kind, 'due' AS measure, r.balance_due_minor AS amount_minor FROM invoice r WHERE 1 = 1 UNION ALL SELECT r.entity_id AS entity_id, r.currency AS currency, r.document_date AS document_date, 'ar_adjustment' AS kind, 'count' AS measure, 1 AS amount_minor FROM ar_adjustment r WHERE 1 = 1 UNION ALL SELECT r.entity_id AS entity_id, r.currency AS currency, r.document_date AS document_date, 'ar_adjustment' AS kind, 'total' AS measure, r.total_minor AS amount_minor FROM ar_adjustment r WHERE 1 = 1 UNION ALL SELECT d.entity_id AS entity_id, d.currency AS currency, d.document_date AS document_date, 'invoice' AS kind, 'credit_open' AS measure, r.open_minor AS amount_minor FROM ar_credit r, invoice d WHERE d.id = r.invoice_id AND 1 = 1 UNION ALL SELECT d.entity_id AS entity_id, d.currency AS currency, d.document_date AS document_date, 'invoice' AS kind, 'credit_used' AS measure, r.original_minor - r.open_minor AS amount_minor FROM ar_credit r, invoice d WHERE d.id = r.invoice_id AND 1 = 1 UNION ALL SELECT d.entity_id AS entity_id, d.currency AS currency, d.document_date AS document_date, 'ar_adjustment' AS kind, 'credit_used' AS measure, r.original_minor - r.open_minor AS amount_minor FROM ar_credit r, ar_adjustment d WHERE d.id = r.adjustment_id AND 1 = 1 UNION ALL SELECT d.entity_id AS entity_id, d.currency AS currency, d.document_date AS document_date, 'invoice' AS kind, 'paid' AS measure, r.amount_minor AS amount_minor FROM payment_application r, invoice d WHERE d.id = r.invoice_id AND 1 = 1 UNION ALL SELECT d.entity_id AS entity_id, d.currency AS currency, d.document_date AS document_date, 'invoice' AS kind, 'credited' AS measure, r.amount_minor AS amount_minor FROM credit_application r, invoice d WHERE d.id = r.invoice_id AND 1 = 1 UNION ALL SELECT d.entity_id AS entity_id, d.currency AS currency, d.document_date AS document_date, 'invoice' AS kind, 'credit_applied' AS measure, r.amount_minor AS amount_minor FROM credit_application r, ar_credit c JOIN invoice d ON d.id = c.invoice_id WHERE c.id = r.credit_id AND 1 = 1 UNION ALL SELECT d.entity_id AS entity_id, d.currency AS currency, d.document_date AS document_date, 'ar_adjustment' AS kind, 'credit_applied' AS measure, r.amount_minor AS amount_minor FROM credit_application r, ar_credit c JOIN ar_adjustment d ON d.id = c.adjustment_id WHERE c.id = r.credit_id AND 1 = 1) s GROUP BY entity_id, currency, document_date, kind, measure;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS "totals_document_day__adjustment_credit_applied__delete";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_credit_applied__update";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_credit_applied__insert";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_applied__delete";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_applied__update";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_applied__insert";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credited__delete";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credited__update";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credited__insert";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_paid__delete";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_paid__update";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_paid__insert";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_credit_used__delete";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_credit_used__update";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_credit_used__insert";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_used__delete";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_used__update";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_used__insert";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_open__delete";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_open__update";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_credit_open__insert";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_total__delete";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_total__update";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_total__insert";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_count__delete";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_count__update";
DROP TRIGGER IF EXISTS "totals_document_day__adjustment_count__insert";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_due__delete";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_due__update";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_due__insert";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_total__delete";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_total__update";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_total__insert";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_count__delete";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_count__update";
DROP TRIGGER IF EXISTS "totals_document_day__invoice_count__insert";
DROP INDEX IF EXISTS "uq_document_day_total_key";
DROP TRIGGER IF EXISTS "totals_customer_account_balance__journal_line__delete";
DROP TRIGGER IF EXISTS "totals_customer_account_balance__journal_line__update";
DROP TRIGGER IF EXISTS "totals_customer_account_balance__journal_line__insert";"""


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
    "BDUUhKJr0MShEISpF1ePJfiWYGpfDU4ZElL3Yu+mTsw26zS+hZsURqSZyuEvxfjOUjQt8/"
    "3wujz9JJ9BuaWSV50PGtV8IMYOkk+jKqpM5RJbLIjgi6fEV2eAqTqPO5oU9pStKa9Uk832"
    "Mvmq9F+GcFjaiGYVUC3IjO1wunaxNuaVd4amNLgxeUbeF83wfRPE3az3jfdXYf54mvKcj4"
    "FYRWMN+3kfiWSfb1Txdr4zvCU6w/Ye1zNF8bIWYPY1xLOPTPrrd+o3naiCtrYuDRAtaLPY"
    "p6EmVFHzEdiwrij6IeSXRgpfWgUpEw1uQ7nrreugCMvI8Q2gLBL9aUOtKpZVrGutQz1iXO"
    "oxQbiv0OCVLpeGiS44HIBMEKVhFFC0M0jnlCNI7zQzSOUyEaCdHIi3KCrIVQVx8NE207Qh"
    "sJQyY9OOXzJcmPd7Lhz1/nLFWpZV439Dfcn13DrqobGdaQ366HVznRXhFJcnfWpy76DzJ0"
    "Z2OO4s5/3y1MumegyUI3XN109uC2/+hsVq/PAhwgYjbmAOhXl70/kjw4uxieJndcmOA06b"
    "6Zupa44z5OJYVOadfZXCcnk0dsiuOfoJQ8kIETTUG/qBAhiJUK3Dvtzj6LC18eQ1kgKyoA"
    "tjfXx8FULQU3IVk5AJYOX05seRy+u0mZPFXNxyA5OMNuGb/cLTJcTsjAeMYyT+4k0CCfBh"
    "IEVdOvmtiF3D5IbQwyeboIfi3WIOVRRZ8u0FR1HgLSrMzJKqeWZRprvKd2C4yjU7JMRQ61"
    "wfhqrDa7ZQBb3Z3HZnOQb7M5SNls6P8FoA3Gt9AgdsDVYPmgoL/yQbq9skx73HTao+4oYB"
    "J/Ek2VYei2mCITSA+ZISMdVQ1yVEkrg+w68SLZIOOktx8nLdtMbL3NRCosbd1GjtxBaU3B"
    "POFt9WIaFT/qb+3oaNEQyYaiRjsmrIsVTNImiDZtFzxXl6devbFOjmkwNqK70jqoqUtlEh"
    "u90kL4O9T8Uhlb3k9Q/wvPHLDpgRUP6jWhmUVeAfLRq4amLrtojm3f3ofUoAgaQJzAu/o7"
    "3JhwDEGvrr5cXBBMLde7grXXJ0jDtMSCE5ZU69IKaxqRyOT3hxWZ9tD4AXuPZON73XGh/t"
    "uNCbUyoLJbUAEO7upaLqHsen/T6mlkkUx1Q6evwk9wRdPQYg6PTD7A49DfJs2addceuwVm"
    "zbipXVitzyCWir30oTcSfZBlwiW0GKIXXT4rv05iNnJNqI1YGweJv+0rWUHa+YuTpVpzdd"
    "ZMRogtzib2Dn7TeOmaMlrtJijhzJrNVXPZyTh1BJcKjxvT2KCVp4whBAN4BFSrB71rojr4"
    "A1Qatp5Nh6rWdMvWMdGi4dP0AZo5QlyBp0k5oQq+cHBWLedN3UQq8TV+m4qUeOlA37ADXX"
    "obX4i3UWDPShzc9HWN1dz+l7otgZ2YFNM1ULL296xCKQU7PR2uqInxKzf9z8HWGjRWoDNg"
    "MKlBrKBfVgK9ApOZZ33G2uv0tl5+Gq5GBd6PC/KxY7UuZDp2PXd1n/2Cpz6W6kXbJJp47G"
    "vJqpa608vTnbK4XqJRZ4pU2rTXePf8PV+UAxGZFH3lXQq7qyf6chlQECoXNWNbN38v1v6t"
    "YYzgDeZiZABHtFxuiUFhcPmLDDYVW+E6g9GWWAG+7c7qTWkPtUqQDAvmZhkrYsV0C2wU8V"
    "ECLSWDCKQgcdGykfMA7kHomkhbPVpzZOAnbKDnB2yi21tv5O0t0h36M4p6SlY0O48dgwl3"
    "IGvdXTjSglFTC4bMmdxYnau6uXx2mY+6AY+PL1gyAV7d+DOi3p6HrRMlEgpg3umdQSvPE+"
    "RR35jDK+XX4cX5CRHnyoNlaDfm4CoYo5uxewhy6T0Hj97ncui99MhJq1LUMFyc6yyl5Hpd"
    "uB5gFGN7KmFDxsXWyIYi0w2DdbbRKj0yE04op0u1lai5wLpQiXViaCRennVvbaBaZwXNMm"
    "muiVL7zJkMSN+thQ2dr6HP75pI/eZNdeF3DG7HtiATdmXCbgOj63y7rl+0oCBxN2dkl8eG"
    "HaYOCiXynuMJ5L0a2HH8QDmaXgtWZl8YISqMEHlSyHFVQyu1l2j76SKIge+iSJtlDNvV3+"
    "LGfOVPQD7byw/Iy+llTOOvveRfv/AWYghee4m8vREiC8G1LePGDAL5f0K29ewg1cZ0OLm3"
    "o2s4eN7QQs+m88p4/7qfwbpFdnXZKXzXsR3SKLHTwCZZ0XDDFQ1lsa9aLPQmhjDLzNWKtX"
    "AO9VtM7xbSt32901mQWbR7L9YjqfD6xWterdRqTxCUnkkp3Bu4x40Z2G/oRQ1UehQzEnra"
    "PYwMVfxXt7cEvD0H209Atxc+zu0tb56NVJilwix3Mqkw1w19qTBvWmGWmtoL1tTOrekCtI"
    "pzdTmGMnpZqlpqTKGupvmjaaFDNxy/Ohc51JS6sa4kwWxQu4+qQ7QQ4asgpdiyQfuKlKPX"
    "XRrNe6ffL+xUtNcGbnFjEtVrhlWH/E10rcB2GUzpG19VOvcJerCeEeHEkhY20e2wcOEzjN"
    "AdpIG8hw83pjcg0O8e1CfsaXzwfPTTvf6ETZ80cMp4yqRP84xtHCRiSx2w7uKgSAeUCohU"
    "QHYN/SYVkNiOIVbEMEX4oosGyEKGGyxk6O/xIvjGSCTEHBDLc4g8h7jX0FE9x2ScGsN3Dn"
    "Hiw1ceQ64Wswm2HXRH9H4IB8dapM2foLmN7/Qf6L/Q/2Hb+nmuahq5buIfLvk9QNdF9+r8"
    "5zsb43TSYaUzS2W+xu9UkTIvMws3llnovUIi4EYU24K302no7gyiSPFEkZj4SBBub2/eb4"
    "EciS1usiP4vTtY7K9nqmHkoh8j2x7yx5tF/u3Bu+MQa/hQhO71Ze/iIg2nTMjLR7ldCXkC"
    "Ci6TlkNQoTZeGnW6fsJJfLbmmd5qGO7eFIQ2eWryUxEzzkpRkmL+CSmKIeepx+IsJo6u6a"
    "q9pP2aEA0tfzYR1G8PvSkfkIpsOG85Lnq27EcH6aYX1G1ST0qyqEpWaZbN3Ugemmqt7MhD"
    "0y70+pqVY9mpSXMD9VhAaillfEgpwhYiXrEjSdZWyce9mUo9V8Ver6GMeIQkQycDJNdzG6"
    "T4kWaGcKWNWJejhjGCt9YGuwYbVGyjKaevmtTaaChc0gZS9/okTcRIXUCBZnIqX/8thJn6"
    "T+19B+N9itfEChqV+7UOWgpWkPKyJlDxcsYtREmfzS3bVezFugJ9QCcaLdoqyrddRamJGA"
    "VFlKDUx9p95PwySn0oG9JSvHZeR6mZoEm/UuV+pZgr3MncMi/JuXRswb+cp3XO9gz1Mq8X"
    "HNTpz1ISfrXgR9qw4Mh7nNlJ07IpCx7xkqq787kCGPuH/JBD/mUmTcN9sK3F/UPAFiVy0T"
    "G2gbPe9VnvnBrTlKQ36e9Cj+Gni0AHzHAaRhe7RX7DqEwGl+8wnxfSH1djC1+3wB+XFwdW"
    "4DbKCwCTPrm0T46884aQUy4kaKGPaCNeufxcmdU9EpqQN9PpXZMrJ0h1HOzemBeD3ungYj"
    "D+1wkydHWiG7SwX/9/vtCv8F8L+nnU/9q/+tI/QTbYZhaYjPjjc//qmnyDf8yx6ZTqn/AL"
    "B/d+yeXdL0nO6Y4S9XJIyH/LMrBq5mwAcboE6yaEcFO8C+TSdtPDTofDC8Z9dzpICPmrL5"
    "en/dGrfYo8GaS7jOxnAaeWYCjeWAJ0hnaLwIffxJEX1VC2hnjZKMXIoVFFIeO4V4OzmnHd"
    "Ng/p2midLbqRSyxolVjBW+mbENv8Qu6sGHtj0NpkGPFAw7O55UKg2QhPLZs9aucO6hYZCf"
    "RouGJH47mK9t3ptuMia+FOrRn2KuoFsb4OFGqhYcGqiWL3QI942SWj5oa6xBqyTPI3NUmn"
    "I4w3cocMU8a3TszqA8aeP6VxownGDWBVCv6CMgq4rdGZB0dHPCfvo6P8kzdcY48T1hxHWh"
    "IvxgxRC5E+5jFxHOdbOI5TBg5fmpEJzXtsz21fGvACnkPeRugPeaA/zIf+sAUdOHVTmdsW"
    "xOQ6HTHUiTxVPo+Gn0b962vosxnOc2OeDS8/X/TH/fMTBGGO4LvQyhiQ9vc5OLS/n8shuJ"
    "R8OZy55ZuzWB79dj28ynsjIppkfLg+ddF/kKE7zfXAZmELYDAmjQDTV5e9P5Jwn10MTyk2"
    "seBumOBUxuhzC6Z2x+hTAVCG7wnaCjjfnHewTowOMCnudOuUKFYdI5J5GFXlYSycLBetcB"
    "JG2bCOerxTKzMwYktPOP1iozYZGl3Zt23LPntYmI+dLJNMcky30CLjBX5iGK5Mw/Ecqd/2"
    "wvzJQZQQ3ekGRq8gtxrCshys0SZeXaQ6NOH67GKAnm3dxQ76OLjo71EiZ2/qPL3uokc8d4"
    "mOCANTVpmN3OXGhFM+TRx3LKSaSyiIi4iKOqUN0lQTQcsEjHS3CxRzHUPXBTAHuWhGBCO6"
    "vT379cvVPxXQeq5vb9GU6PAELGwT/ZbMaGIdrD3IcS34Hcgkj06bMJC/dRdBG3rvgZ/Jn9"
    "j7VWRqi7xw+VYj24uodfBf0mJUH0HbLbAYAatS8Odi749u00Z3sH/47vD92+PDEPbwmyK0"
    "M4rtWqaLs0wVY/wjN40zJGmFeaJIGez/MS4+kIW64MXw6lMwPHlKSxyGF6awvhbRtGkV71"
    "Zd88X+mtqaSFJG3djAq7JFqy8zKHanChsgn6up+WxZqaL5S2G1ajY0ie5CaUBp8doSgOKk"
    "2UtQpxxPSSJqiftAgO+CEkT0jCVtuUq+RJ5jDmuv016yaqeWkb41FkpFqo0sKr7BgqXwRi"
    "miBXgYohbCvBGvI9k27XLWR5ZSWp3rYozksTrf6abuPJRie4JU2pzrbHMG25ACy1jgFM7Q"
    "tKZhQHUHcc/ZJgBojELCmareTOv9C6AZEUgwc2o3C6AZo5BwJuF0HvX5XAjOGIWEMwmn77"
    "AQ2YoiCgln6mU3NcvEZeq0xwml/lZn/Q1YpTxZuibcAS5NuWYLuOZwOaMDXBAhNSlRDDNJ"
    "Kg37gjY02a+zlm6VqILGmp6VqKJ+s7jA61Vhll9OKEy2sKkA3JYHGaWk6xqVXmPxO5UUcG"
    "PDh1rCgGTRLctet36UBxbWoty3tkC1eadoiFquZzSO6yr3KHmPRBIKf4cO6SrEj6F721rM"
    "aXiXGfg2/Tezi4gmiW0aqwUOlp8cSPejrRp198QfDFFdWaFrld/hxnQISPS6ek9Y5UezIf"
    "qtM7XmMIWpORBjphN2YlWDe9I7+aFn7rNeFGMWuOnoZIqfwoZ/uJhm4cpkxVppN13pn92N"
    "f5Z5O3gRZogkzBwwM3JHAOkkXQvB3ucqfrVfUPxqP138ypp8x1NX+HzKkEnzQGnzgAy4rI"
    "dlQAZcrhlwufMUGb+0dtapIqq6XXCciA1anQUDWjgd/wHRKjVopi7RBCMT36tQV65LdH7N"
    "bzroqkZweYINci6Apu4ZvQ6rmXN1cOW3sDa+z8eg8bxnNiejvyW+6lJF/U+p9ddS6999/d"
    "W05GpTJ/nUu8Drj0oRrumOqumOweuPKtH2UHY8FOl4OMMzSwTdYPwWa4t0toIrOeZwnpQK"
    "j0ppE4CbKQH4a7lsOUw7FjgmUsXl8/CaFmrxqG/Mr8PBOXwG13q5qi3HPGV18qvqyNaeMo"
    "Cb/Ayi1gpvwTGalxwMQk8Mykw3rQxFsUhVTxBKg0NpS89ENWBfUGBJlmBEJnlrIgS3zIud"
    "x0bVTJjsiAusGUKAByyhFEoyOq2R6Mcb5okzIYta8kJGCtY8UjDWUHVNaAV6s9ZN2nPHCr"
    "I7HQe+jFSoAOR29uFM4pwlS2sa9tpQhKuMevX6qivqfG7o0yp6tngd1nvRfC0SKcyClQ1I"
    "eFDy+/FWuMD8nrwtXWFCfv3ka5wP7NDEY4v8w9VzKZyrHeLz73LhD/StzA+BCF7alWEQtP"
    "cOHVlpQ9dv4fzeHgB3UUxLxhfX50zURfmRBgG7Uiy4nqmGkcuEGFmbTDVvD94dh/DDhyLA"
    "ry97FxdpC0D8CVKo5ntuE2Stc+BupOyTOoMWc2Vs70nKNq3iLZu8onbhwvauFKlkQ2k2sN"
    "uwwH7K0EkGVGVujEWfrhuCHM3UMEbwWhLYNchhpYkERwX4frpoX6/SJMIpSVurSG/fItnJ"
    "OOYEl7pFR5zvsUGVnm7kIaYukrZbcIhxlrNJVu/ygiS+kKIaRXu3TEhESnLFSRZESSa1bF"
    "d3DaEStiFBCwN8D7jiUA8KwlAPvCjUlOrAYyZPNTZX1KyDj+xtLhvCrw8aeM70itp18zob"
    "6/by76SqBoNZvk4UYrpSMYpcx3w9B/zIRI3GixN49tAVfsI28utsIstGnvKonSCVBpEH7Z"
    "qgzzYZ6UCZCnrT7M4DVd+AJ0XOIViQMwZdn+Sa/xGy4CA9jgl68HzGXu6c1PlqqfPFWJTi"
    "Qn7wOEslk7dk8tYGk7ekJ2CLDSBY4c59DmTJWrimN1A1J9w4hbY/hkyamUvb+b0UvhKJcg"
    "yhzJNrUp6cjOmvQ0x/2Wh+KfKqEXklUruSlPIlKMsD79SNHfHSViyh5EBF/uWYz6uafIAG"
    "iiPRXABu/7LMFeJEVjRXKJAG1S3blqexJMQnB8ThnlcBxu1OYElqB2vkr6jaEyC5rl/Jm6"
    "U9iCedcKr2feG4kDextgeuF07VUrj8oKhqcntaipEvHbOl3QbdlE3EqoJEMR+lNieK2XiK"
    "9SeyovyMsTURG/nT+dliLV1a0OHOXLcDx4hO0lKEvEJrigRqR7EUeVl0CYm2OpKCO4uu00"
    "ManuguxDKoyEuMhEYfNOUEEZ64zgeEf5ApjCWyTAwdPmgl4GcL6Q4ERuhQIjijqnB182bm"
    "88UT5vOy+b6lA4rjdQ1k0EQ9gyZktl/12X7kVSyTgJYglGXfSpd908oxIEkpOVCOA7JE8S"
    "bjWnZaUK9m+uPO6umVqOS2dgW3mu6ZMrf4pbChwPW4o0JkdeOFgI9MpAKZzG3dUG7r7msW"
    "1mxD5QWYr2ThblKHM8pwZZh5sot15Vt7MsqF8Rl9xg8YzVXbpT1iUWBMRv58iM5HPrsWNc"
    "34Lp60jaf8NJkmneDnePyLZdun7TrJi9KKUzsrjqx6UwPNVJZb2XVQKCPTBEJCGTrJgKoO"
    "BfPIw7mmQiXuM60bQ7gDkJi1yKG2yqJCFRcV2o3SmlzhGRprxkuQr64mgxb4dNVLojsuI+"
    "XyzrZm4FH0lf0P6PlBdcFlaFqMxhnEJcEl1UTWE7b926b12M3copqGqBPVfEwcHBOjpP5b"
    "S/1XdkeV3VFlgn0zIJPdUbeBq+yO6oMru6Omoxxkd9SGZn1LO18NzEw2vsOwJQuVFWGI2r"
    "jb8G02RXtNSsQZWLWJoMqqlZOvcbJUL7kdsO4o1hybMGFaVFgWwcnMOZsyhAkIJ5a1sbzg"
    "8Js4dtmmiiowOx0OLxjBfzpIvPxXXy5P+2Th0mVLBulujkzIsBzwy+YMYime14n/lG1/d8"
    "8F2fZ31yyQJYLqUCJItv2tnV9SlvIIlpts+1v7GLo8LbMCjE/JdO2PBc3QrmWHZdlhuaEI"
    "V9lhWXa+lZ1vd4mpUHgMLXCQGRUTlD4oCoYJx3Dk6HujkWqAH2GJ5qquIWvhOrqGadq8s3"
    "RcPDtB56PexzH6+R/IcxbBX56bKCtBv5pJM0O5HUy+M8OwpvCjH+KQDuhOKB6eV+7PVMuD"
    "IBStMD6GHSTDY2oZHiPjDjYddxC8BjPyXloZa53PP56eZYueIhtPLbKbEcRM585ToUQ85q"
    "P+2XB0roxHvavrj/3RCcqaT9StxJM+vZ+fPb2fSp5mxFWKS/lepSTdiw5jkg7Q7ThAZTCT"
    "DGZi4dZs9c4VlcxUpTxBlPbGrH1kk2u5qlEmxCVBKKu3lHNc0FZqWTEXucDHKLYH+v5mQT"
    "/YP3x3+P7t8WGIdfhNEcRpOJPHMaElnUEsvUBlF/bWkwSSqNeoJXD1KQKwfwir1QzRS47V"
    "okDYWHXEGsMlyCpZpbuWDcw6PeJS/I4K9L4jGVi4kcVaDsQM0peMpIziz5cD7Y3i91sal+"
    "A6Sym5XheuBxjF2J6q912bLo3NkZg1Z3H6zfZruovzmCGUPK4zj2Wof21O9DsP9ZdsoFjK"
    "WP9ds0DG+stYf8mLTqQty87AO+RBIiKthL9DcmBNJx7Y2dYTS7lTSK6sw5VysilJKXkgc8"
    "FkLlj9TwMyF6xWMJfLBQu0kgpgPvfr4V3HpmynvEiocjLlrl4pd2ntTiLOiXiuYlzTTMem"
    "CmveVMfM0//24G3oKk5aOzhlhgSXV0RUlaRrGFYlObpeomQvnK5FkmOj7aJTuOUmobLYrk"
    "pHVVR2OFcjIa+MI/QAgi4/fqtnF0qmq0GKKY2ucj7QAdCmF82xHYyEP71h2Q2Gqp0+M1vV"
    "//F+h2iv42pm26HENZlWWru0UlmNtAY2xeg1EeIAQybhLw0/I8744WfIJPxVWXOjQg9rqq"
    "dRVYmGsYFXQ2UWIN/BNbOYiTCyArVMmootI1vr1WXIosCm9Vf4vlhnDUasUlPz0Vzdo0fq"
    "ebXU8+j/U/gXpM3546tJjK5R1twRXzJSQS5SqrFO7LEEEE6QtS7h/+CIp/IHGZULNb0mk2"
    "3anXaRl2yT0hB5DG1zbM90x6nA0Ea2ys/hZA1cDZsys8UyoBxsZ6B8qZrLsQX/btgDstM9"
    "pUCNpD9LSShnwY+0YeURKRQedsg680C0bIr/I4b3F5Q4BQD2FdCQPf5lIPMvuQ+2tbh/CD"
    "iiBEoeo7Oe9a7Peuf01VSSutPfK7XN2IuQo3eyr0qxBqrM2cGVKqPf4tDEbpQ0TUottZZa"
    "Krs00poUR/k1ZoY6F70jB8mPX67Or5WLwfX4xLe5O3uG7rg3ZnDt66D/e3TtScfP0bX++S"
    "BGB8fV6BpUCIquwXYcm3M4OI/NaenajdkbKWfDq4+DT19G/ROk2ntkedzp9wsbA93n4Wh8"
    "rYz6PUo3t2zX2QNtg9KdD8++XPavyIDL3lXvEyVXgp6Rzp4nWW5MgsKXz+EQB7uLeXiN6B"
    "g9ZXAJtzlBsDj29BncJenf4FE7q6+KEZMoAsbBmBiSpsGqTIP+3rauYdCfpmEs4DYLRksv"
    "UwnYkd2KqkAZ+kOgGuVrDYEyJG1XL1MrAN6L2q/iNK2zYe1zGbH2C6xY+xlmLN2ZG+pSEU"
    "U6Sdc+QxZX/aKDgvpFB+n6RXim6oYIzCFB+wpEHRwdclkKDwsshYdJgHVHIduE/pSxllc1"
    "Tozottg3MZAm263cUGH7RNWgkbS6q+Ms41sR5klSCTs/7NIini9l2mURl+Wn2sz1AKNk+a"
    "lSfhBVe4IjsKP47/h6zpCeN1vz1IxcJwhbq/oRr+su6s31MUzTwNeFCyPVJqv0+8JxqU2v"
    "olVl98IpW7q0CGyBHbWK6P+efRafra2gLSDwCj/BSlsTL5ip/9Te9eUHqcV7wFXzbnrhfW"
    "Kt4JoIoK7h2dxyoUeS4vW6WXPJDaIJR3S+tu4InoNGsRfrCrUBnWi0aO3eqZtPll6ZLjbw"
    "Zmvp+xjPyM02IwhA1c5M5kTmwhTrT+Q05/e2qmiRjfxp/ZagrQWPesCrgqxlyQaZUHkJx1"
    "tCqslrKurEJIGqPvQwippbL/SwbCBAo0IPgx+ZDD2M4jfZ0MNY+EAy7DARlbhW6GHappnv"
    "PBBmLHchr2azNvqZvMxlKoAJsjcqsybA4MKQkB629SncIBUU4l/pFoaFRGNqExTyUiJC1m"
    "ytlh/rkdu5rqCBUm7rulrFe5Z2jm8gjQZeKgGE/eEtRHcjPV/JHV2cVdHvt+vhVY4vNiJJ"
    "uuT0qYv+gyAsuIFoF4ALYDB+twDTV5e9P5Jwn10MT5MONZjgNCtgdJvxjX//P/yXehM="
)
