from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TRIGGER "ck_advance_currency_iso__insert" BEFORE INSERT ON "advance" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_advance_currency_iso'); END;
CREATE TRIGGER "ck_advance_currency_iso__update" BEFORE UPDATE ON "advance" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_advance_currency_iso'); END;
CREATE TRIGGER "ck_advance_amount_positive__insert" BEFORE INSERT ON "advance" WHEN NOT (NEW.amount_minor > 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_advance_amount_positive'); END;
CREATE TRIGGER "ck_advance_amount_positive__update" BEFORE UPDATE ON "advance" WHEN NOT (NEW.amount_minor > 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_advance_amount_positive'); END;
CREATE TRIGGER "ck_ar_adjustment_currency_iso__insert" BEFORE INSERT ON "ar_adjustment" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_adjustment_currency_iso'); END;
CREATE TRIGGER "ck_ar_adjustment_currency_iso__update" BEFORE UPDATE ON "ar_adjustment" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_adjustment_currency_iso'); END;
CREATE TRIGGER "ck_ar_adjustment_total_nonzero__insert" BEFORE INSERT ON "ar_adjustment" WHEN NOT (NEW.total_minor <> 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_adjustment_total_nonzero'); END;
CREATE TRIGGER "ck_ar_adjustment_total_nonzero__update" BEFORE UPDATE ON "ar_adjustment" WHEN NOT (NEW.total_minor <> 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_adjustment_total_nonzero'); END;
CREATE TRIGGER "ck_ar_adjustment_balance_due_range__insert" BEFORE INSERT ON "ar_adjustment" WHEN NOT (NEW.balance_due_minor >= 0 AND NEW.balance_due_minor <= CASE WHEN NEW.total_minor > 0 THEN NEW.total_minor ELSE 0 END) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_adjustment_balance_due_range'); END;
CREATE TRIGGER "ck_ar_adjustment_balance_due_range__update" BEFORE UPDATE ON "ar_adjustment" WHEN NOT (NEW.balance_due_minor >= 0 AND NEW.balance_due_minor <= CASE WHEN NEW.total_minor > 0 THEN NEW.total_minor ELSE 0 END) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_adjustment_balance_due_range'); END;
CREATE TRIGGER "ck_ar_adjustment_line_amount_nonzero__insert" BEFORE INSERT ON "ar_adjustment_line" WHEN NOT (NEW.amount_minor <> 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_adjustment_line_amount_nonzero'); END;
CREATE TRIGGER "ck_ar_adjustment_line_amount_nonzero__update" BEFORE UPDATE ON "ar_adjustment_line" WHEN NOT (NEW.amount_minor <> 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_adjustment_line_amount_nonzero'); END;
CREATE TRIGGER "ck_ar_configuration_enabled_complete__insert" BEFORE INSERT ON "ar_configuration" WHEN NOT (NOT NEW.refunds_enabled OR (NEW.refund_journal_id IS NOT NULL AND NEW.refund_sequence_id IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_configuration_enabled_complete'); END;
CREATE TRIGGER "ck_ar_configuration_enabled_complete__update" BEFORE UPDATE ON "ar_configuration" WHEN NOT (NOT NEW.refunds_enabled OR (NEW.refund_journal_id IS NOT NULL AND NEW.refund_sequence_id IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_configuration_enabled_complete'); END;
CREATE UNIQUE INDEX "uq_ar_configuration_scope" ON "ar_configuration" ((COALESCE(entity_id, 0)));
CREATE TRIGGER "ck_ar_credit_currency_iso__insert" BEFORE INSERT ON "ar_credit" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_credit_currency_iso'); END;
CREATE TRIGGER "ck_ar_credit_currency_iso__update" BEFORE UPDATE ON "ar_credit" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_credit_currency_iso'); END;
CREATE TRIGGER "ck_ar_credit_original_positive__insert" BEFORE INSERT ON "ar_credit" WHEN NOT (NEW.original_minor > 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_credit_original_positive'); END;
CREATE TRIGGER "ck_ar_credit_original_positive__update" BEFORE UPDATE ON "ar_credit" WHEN NOT (NEW.original_minor > 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_credit_original_positive'); END;
CREATE TRIGGER "ck_ar_credit_open_range__insert" BEFORE INSERT ON "ar_credit" WHEN NOT (NEW.open_minor >= 0 AND NEW.open_minor <= NEW.original_minor) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_credit_open_range'); END;
CREATE TRIGGER "ck_ar_credit_open_range__update" BEFORE UPDATE ON "ar_credit" WHEN NOT (NEW.open_minor >= 0 AND NEW.open_minor <= NEW.original_minor) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_credit_open_range'); END;
CREATE TRIGGER "ck_ar_credit_one_source__insert" BEFORE INSERT ON "ar_credit" WHEN NOT ((NEW.kind = 'negative_invoice' AND NEW.invoice_id IS NOT NULL AND NEW.adjustment_id IS NULL AND NEW.payment_id IS NULL AND NEW.advance_id IS NULL) OR (NEW.kind = 'adjustment' AND NEW.invoice_id IS NULL AND NEW.adjustment_id IS NOT NULL AND NEW.payment_id IS NULL AND NEW.advance_id IS NULL) OR (NEW.kind = 'overpayment' AND NEW.invoice_id IS NULL AND NEW.adjustment_id IS NULL AND NEW.payment_id IS NOT NULL AND NEW.advance_id IS NULL) OR (NEW.kind = 'advance' AND NEW.invoice_id IS NULL AND NEW.adjustment_id IS NULL AND NEW.payment_id IS NULL AND NEW.advance_id IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_credit_one_source'); END;
CREATE TRIGGER "ck_ar_credit_one_source__update" BEFORE UPDATE ON "ar_credit" WHEN NOT ((NEW.kind = 'negative_invoice' AND NEW.invoice_id IS NOT NULL AND NEW.adjustment_id IS NULL AND NEW.payment_id IS NULL AND NEW.advance_id IS NULL) OR (NEW.kind = 'adjustment' AND NEW.invoice_id IS NULL AND NEW.adjustment_id IS NOT NULL AND NEW.payment_id IS NULL AND NEW.advance_id IS NULL) OR (NEW.kind = 'overpayment' AND NEW.invoice_id IS NULL AND NEW.adjustment_id IS NULL AND NEW.payment_id IS NOT NULL AND NEW.advance_id IS NULL) OR (NEW.kind = 'advance' AND NEW.invoice_id IS NULL AND NEW.adjustment_id IS NULL AND NEW.payment_id IS NULL AND NEW.advance_id IS NOT NULL)) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_ar_credit_one_source'); END;
CREATE TRIGGER "ck_bank_account_currency_iso__insert" BEFORE INSERT ON "bank_account" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_bank_account_currency_iso'); END;
CREATE TRIGGER "ck_bank_account_currency_iso__update" BEFORE UPDATE ON "bank_account" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_bank_account_currency_iso'); END;
CREATE TRIGGER "ck_credit_application_amount_positive__insert" BEFORE INSERT ON "credit_application" WHEN NOT (NEW.amount_minor > 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_credit_application_amount_positive'); END;
CREATE TRIGGER "ck_credit_application_amount_positive__update" BEFORE UPDATE ON "credit_application" WHEN NOT (NEW.amount_minor > 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_credit_application_amount_positive'); END;
CREATE TRIGGER "ck_document_sequence_next_positive__insert" BEFORE INSERT ON "document_sequence" WHEN NOT (NEW.next_number >= 1) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_document_sequence_next_positive'); END;
CREATE TRIGGER "ck_document_sequence_next_positive__update" BEFORE UPDATE ON "document_sequence" WHEN NOT (NEW.next_number >= 1) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_document_sequence_next_positive'); END;
CREATE TRIGGER "ck_document_sequence_padding_range__insert" BEFORE INSERT ON "document_sequence" WHEN NOT (NEW.padding >= 0 AND NEW.padding <= 18) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_document_sequence_padding_range'); END;
CREATE TRIGGER "ck_document_sequence_padding_range__update" BEFORE UPDATE ON "document_sequence" WHEN NOT (NEW.padding >= 0 AND NEW.padding <= 18) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_document_sequence_padding_range'); END;
CREATE TRIGGER "ck_entity_base_currency_iso__insert" BEFORE INSERT ON "entity" WHEN NOT (length(NEW.base_currency) = 3 AND upper(NEW.base_currency) = NEW.base_currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_entity_base_currency_iso'); END;
CREATE TRIGGER "ck_entity_base_currency_iso__update" BEFORE UPDATE ON "entity" WHEN NOT (length(NEW.base_currency) = 3 AND upper(NEW.base_currency) = NEW.base_currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_entity_base_currency_iso'); END;
CREATE TRIGGER "ck_invoice_currency_iso__insert" BEFORE INSERT ON "invoice" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_invoice_currency_iso'); END;
CREATE TRIGGER "ck_invoice_currency_iso__update" BEFORE UPDATE ON "invoice" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_invoice_currency_iso'); END;
CREATE TRIGGER "ck_invoice_balance_due_range__insert" BEFORE INSERT ON "invoice" WHEN NOT (NEW.balance_due_minor >= 0 AND NEW.balance_due_minor <= CASE WHEN NEW.total_minor > 0 THEN NEW.total_minor ELSE 0 END) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_invoice_balance_due_range'); END;
CREATE TRIGGER "ck_invoice_balance_due_range__update" BEFORE UPDATE ON "invoice" WHEN NOT (NEW.balance_due_minor >= 0 AND NEW.balance_due_minor <= CASE WHEN NEW.total_minor > 0 THEN NEW.total_minor ELSE 0 END) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_invoice_balance_due_range'); END;
CREATE TRIGGER "ck_invoice_line_amount_nonzero__insert" BEFORE INSERT ON "invoice_line" WHEN NOT (NEW.amount_minor <> 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_invoice_line_amount_nonzero'); END;
CREATE TRIGGER "ck_invoice_line_amount_nonzero__update" BEFORE UPDATE ON "invoice_line" WHEN NOT (NEW.amount_minor <> 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_invoice_line_amount_nonzero'); END;
CREATE TRIGGER "ck_journal_entry_currency_iso__insert" BEFORE INSERT ON "journal_entry" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_journal_entry_currency_iso'); END;
CREATE TRIGGER "ck_journal_entry_currency_iso__update" BEFORE UPDATE ON "journal_entry" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_journal_entry_currency_iso'); END;
CREATE TRIGGER "ck_journal_line_one_side__insert" BEFORE INSERT ON "journal_line" WHEN NOT ((NEW.debit_minor > 0 AND NEW.credit_minor = 0) OR (NEW.credit_minor > 0 AND NEW.debit_minor = 0)) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_journal_line_one_side'); END;
CREATE TRIGGER "ck_journal_line_one_side__update" BEFORE UPDATE ON "journal_line" WHEN NOT ((NEW.debit_minor > 0 AND NEW.credit_minor = 0) OR (NEW.credit_minor > 0 AND NEW.debit_minor = 0)) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_journal_line_one_side'); END;
CREATE TRIGGER "ck_payment_application_amount_positive__insert" BEFORE INSERT ON "payment_application" WHEN NOT (NEW.amount_minor > 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_payment_application_amount_positive'); END;
CREATE TRIGGER "ck_payment_application_amount_positive__update" BEFORE UPDATE ON "payment_application" WHEN NOT (NEW.amount_minor > 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_payment_application_amount_positive'); END;
CREATE TRIGGER "ck_received_payment_currency_iso__insert" BEFORE INSERT ON "received_payment" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_received_payment_currency_iso'); END;
CREATE TRIGGER "ck_received_payment_currency_iso__update" BEFORE UPDATE ON "received_payment" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_received_payment_currency_iso'); END;
CREATE TRIGGER "ck_received_payment_amount_positive__insert" BEFORE INSERT ON "received_payment" WHEN NOT (NEW.amount_minor > 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_received_payment_amount_positive'); END;
CREATE TRIGGER "ck_received_payment_amount_positive__update" BEFORE UPDATE ON "received_payment" WHEN NOT (NEW.amount_minor > 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_received_payment_amount_positive'); END;
CREATE TRIGGER "ck_refund_currency_iso__insert" BEFORE INSERT ON "refund" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_refund_currency_iso'); END;
CREATE TRIGGER "ck_refund_currency_iso__update" BEFORE UPDATE ON "refund" WHEN NOT (length(NEW.currency) = 3 AND upper(NEW.currency) = NEW.currency) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_refund_currency_iso'); END;
CREATE TRIGGER "ck_refund_payment_method__insert" BEFORE INSERT ON "refund" WHEN NOT (NEW.payment_method = 'record_transfer') BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_refund_payment_method'); END;
CREATE TRIGGER "ck_refund_payment_method__update" BEFORE UPDATE ON "refund" WHEN NOT (NEW.payment_method = 'record_transfer') BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_refund_payment_method'); END;
CREATE TRIGGER "ck_refund_total_not_negative__insert" BEFORE INSERT ON "refund" WHEN NOT (NEW.total_minor >= 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_refund_total_not_negative'); END;
CREATE TRIGGER "ck_refund_total_not_negative__update" BEFORE UPDATE ON "refund" WHEN NOT (NEW.total_minor >= 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_refund_total_not_negative'); END;
CREATE TRIGGER "ck_refund_version_positive__insert" BEFORE INSERT ON "refund" WHEN NOT (NEW.version >= 1) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_refund_version_positive'); END;
CREATE TRIGGER "ck_refund_version_positive__update" BEFORE UPDATE ON "refund" WHEN NOT (NEW.version >= 1) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_refund_version_positive'); END;
CREATE TRIGGER "ck_refund_number_iff_posted__insert" BEFORE INSERT ON "refund" WHEN NOT ((NEW.state = 'draft' AND NEW.sequence_number IS NULL AND NEW.number IS NULL AND NEW.journal_entry_id IS NULL AND NEW.posted_at IS NULL) OR (NEW.state <> 'draft' AND NEW.sequence_id IS NOT NULL AND NEW.sequence_number IS NOT NULL AND NEW.number IS NOT NULL AND NEW.journal_entry_id IS NOT NULL AND NEW.posted_at IS NOT NULL AND NEW.total_minor > 0)) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_refund_number_iff_posted'); END;
CREATE TRIGGER "ck_refund_number_iff_posted__update" BEFORE UPDATE ON "refund" WHEN NOT ((NEW.state = 'draft' AND NEW.sequence_number IS NULL AND NEW.number IS NULL AND NEW.journal_entry_id IS NULL AND NEW.posted_at IS NULL) OR (NEW.state <> 'draft' AND NEW.sequence_id IS NOT NULL AND NEW.sequence_number IS NOT NULL AND NEW.number IS NOT NULL AND NEW.journal_entry_id IS NOT NULL AND NEW.posted_at IS NOT NULL AND NEW.total_minor > 0)) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_refund_number_iff_posted'); END;
CREATE TRIGGER "ck_refund_void_iff_voided__insert" BEFORE INSERT ON "refund" WHEN NOT ((NEW.state = 'voided' AND NEW.void_journal_entry_id IS NOT NULL AND NEW.void_date IS NOT NULL AND NEW.voided_at IS NOT NULL) OR (NEW.state <> 'voided' AND NEW.void_journal_entry_id IS NULL AND NEW.void_date IS NULL AND NEW.voided_at IS NULL)) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_refund_void_iff_voided'); END;
CREATE TRIGGER "ck_refund_void_iff_voided__update" BEFORE UPDATE ON "refund" WHEN NOT ((NEW.state = 'voided' AND NEW.void_journal_entry_id IS NOT NULL AND NEW.void_date IS NOT NULL AND NEW.voided_at IS NOT NULL) OR (NEW.state <> 'voided' AND NEW.void_journal_entry_id IS NULL AND NEW.void_date IS NULL AND NEW.voided_at IS NULL)) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_refund_void_iff_voided'); END;
CREATE TRIGGER "ck_refund_allocation_amount_positive__insert" BEFORE INSERT ON "refund_allocation" WHEN NOT (NEW.amount_minor > 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_refund_allocation_amount_positive'); END;
CREATE TRIGGER "ck_refund_allocation_amount_positive__update" BEFORE UPDATE ON "refund_allocation" WHEN NOT (NEW.amount_minor > 0) BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: ck_refund_allocation_amount_positive'); END;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS "ck_refund_allocation_amount_positive__update";
DROP TRIGGER IF EXISTS "ck_refund_allocation_amount_positive__insert";
DROP TRIGGER IF EXISTS "ck_refund_void_iff_voided__update";
DROP TRIGGER IF EXISTS "ck_refund_void_iff_voided__insert";
DROP TRIGGER IF EXISTS "ck_refund_number_iff_posted__update";
DROP TRIGGER IF EXISTS "ck_refund_number_iff_posted__insert";
DROP TRIGGER IF EXISTS "ck_refund_version_positive__update";
DROP TRIGGER IF EXISTS "ck_refund_version_positive__insert";
DROP TRIGGER IF EXISTS "ck_refund_total_not_negative__update";
DROP TRIGGER IF EXISTS "ck_refund_total_not_negative__insert";
DROP TRIGGER IF EXISTS "ck_refund_payment_method__update";
DROP TRIGGER IF EXISTS "ck_refund_payment_method__insert";
DROP TRIGGER IF EXISTS "ck_refund_currency_iso__update";
DROP TRIGGER IF EXISTS "ck_refund_currency_iso__insert";
DROP TRIGGER IF EXISTS "ck_received_payment_amount_positive__update";
DROP TRIGGER IF EXISTS "ck_received_payment_amount_positive__insert";
DROP TRIGGER IF EXISTS "ck_received_payment_currency_iso__update";
DROP TRIGGER IF EXISTS "ck_received_payment_currency_iso__insert";
DROP TRIGGER IF EXISTS "ck_payment_application_amount_positive__update";
DROP TRIGGER IF EXISTS "ck_payment_application_amount_positive__insert";
DROP TRIGGER IF EXISTS "ck_journal_line_one_side__update";
DROP TRIGGER IF EXISTS "ck_journal_line_one_side__insert";
DROP TRIGGER IF EXISTS "ck_journal_entry_currency_iso__update";
DROP TRIGGER IF EXISTS "ck_journal_entry_currency_iso__insert";
DROP TRIGGER IF EXISTS "ck_invoice_line_amount_nonzero__update";
DROP TRIGGER IF EXISTS "ck_invoice_line_amount_nonzero__insert";
DROP TRIGGER IF EXISTS "ck_invoice_balance_due_range__update";
DROP TRIGGER IF EXISTS "ck_invoice_balance_due_range__insert";
DROP TRIGGER IF EXISTS "ck_invoice_currency_iso__update";
DROP TRIGGER IF EXISTS "ck_invoice_currency_iso__insert";
DROP TRIGGER IF EXISTS "ck_entity_base_currency_iso__update";
DROP TRIGGER IF EXISTS "ck_entity_base_currency_iso__insert";
DROP TRIGGER IF EXISTS "ck_document_sequence_padding_range__update";
DROP TRIGGER IF EXISTS "ck_document_sequence_padding_range__insert";
DROP TRIGGER IF EXISTS "ck_document_sequence_next_positive__update";
DROP TRIGGER IF EXISTS "ck_document_sequence_next_positive__insert";
DROP TRIGGER IF EXISTS "ck_credit_application_amount_positive__update";
DROP TRIGGER IF EXISTS "ck_credit_application_amount_positive__insert";
DROP TRIGGER IF EXISTS "ck_bank_account_currency_iso__update";
DROP TRIGGER IF EXISTS "ck_bank_account_currency_iso__insert";
DROP TRIGGER IF EXISTS "ck_ar_credit_one_source__update";
DROP TRIGGER IF EXISTS "ck_ar_credit_one_source__insert";
DROP TRIGGER IF EXISTS "ck_ar_credit_open_range__update";
DROP TRIGGER IF EXISTS "ck_ar_credit_open_range__insert";
DROP TRIGGER IF EXISTS "ck_ar_credit_original_positive__update";
DROP TRIGGER IF EXISTS "ck_ar_credit_original_positive__insert";
DROP TRIGGER IF EXISTS "ck_ar_credit_currency_iso__update";
DROP TRIGGER IF EXISTS "ck_ar_credit_currency_iso__insert";
DROP INDEX IF EXISTS "uq_ar_configuration_scope";
DROP TRIGGER IF EXISTS "ck_ar_configuration_enabled_complete__update";
DROP TRIGGER IF EXISTS "ck_ar_configuration_enabled_complete__insert";
DROP TRIGGER IF EXISTS "ck_ar_adjustment_line_amount_nonzero__update";
DROP TRIGGER IF EXISTS "ck_ar_adjustment_line_amount_nonzero__insert";
DROP TRIGGER IF EXISTS "ck_ar_adjustment_balance_due_range__update";
DROP TRIGGER IF EXISTS "ck_ar_adjustment_balance_due_range__insert";
DROP TRIGGER IF EXISTS "ck_ar_adjustment_total_nonzero__update";
DROP TRIGGER IF EXISTS "ck_ar_adjustment_total_nonzero__insert";
DROP TRIGGER IF EXISTS "ck_ar_adjustment_currency_iso__update";
DROP TRIGGER IF EXISTS "ck_ar_adjustment_currency_iso__insert";
DROP TRIGGER IF EXISTS "ck_advance_amount_positive__update";
DROP TRIGGER IF EXISTS "ck_advance_amount_positive__insert";
DROP TRIGGER IF EXISTS "ck_advance_currency_iso__update";
DROP TRIGGER IF EXISTS "ck_advance_currency_iso__insert";"""


MODELS_STATE = (
    "eJztXWFz2kjS/itTfLlsHZuKHdvJOm9dFbZJlpxt8gLJ7V28pQww2FoLiZWEHb+3+e/vzE"
    "hCGmkkRkKAJPeHzRqkHuDp0UxP99Pd/23NrSkxnJed6QM2J6R1iv7bMvGc/RG/1EYtvFiE"
    "F9gbLh4b/F4cuWnsuDaeuPTtGTYcQt+aEmdi6wtXt0x285VlkidkkwnRH8gUjcnMsgnC5h"
    "PSzQdLnxBEvuuO67xkw02tCR1PN29zSy5N/c8l0Vzrlrh3xKbyX3+nb+vmlHwnDnv5tTVZ"
    "Oq41J7amT/0PW86J6WpT7JIWvftra4zNew1PJtaSvi29iw26uNdmOjGmAoDe3fx9zX1a8P"
    "fO9Nue6b7n97KhxtrEMpZzM7x/8eTeWeZKQDdd9u4tMYlNP459gmsvGarm0jB8/AOgvZ8c"
    "3uL91ojMlMzw0mC6YdLeFwjfa2nadX+kDbsjTWsl9BZIRBTivzWxTKZz+lUdDsAt+wo//3"
    "J4+Pr1m8NXr0/eHh+9eXP89tVbei//vslLb354XyZEyxuKY9b70LsesS9k0YnlTTj2xg8u"
    "g13sSXGVhuiby/mYaj2hgfM7bMvxDyViOqA/Lq6DAPHqKmGOv2sGMW/dO/ry6FUGvl86g/"
    "NfO4MXR69+EkG+9q8c8ksM7hBe8SFIoHxB35WjnBCMgc3edvU5eRlczwt78EaIe7gO7QD4"
    "DKAvOqNuDMbJ0raJOXnKM0+jMuXM1D1DJs7V1wpT9XXqTH0dn6hzMrfyoBvcvztkW62d4H"
    "rw6pXKKsBuS0XXuygC7LjSFYAh3KVLKke5R79XYCAIaK+Edwj3wnLYiPlAb33qD0fdi1Pk"
    "Sd+YX/q9C/aa2h1TEtgFuRRyoqCNk1RVnMT1MLEJQ0rDrnw5ZotqyoIiSGatx+yPOi4w9A"
    "dO+6bx5G/CGcCPelfd4ahz9Yl93Nxx/jSClZtdOeTvPsXeTWhpNQj6V2/0K2Iv0X/6110O"
    "L50/tzb/xPC+0X9a7DvhpWtppvWo4WnEXgjeDVATtI7n3DKd66YlMXayzM245HrDsw6a3q"
    "HtGSrBJjPCtuSUZVCOvyDUxN1GbbPJ2mviS5zkMKY+3yXCMOULT/lgzxg/5VZEQrSQGvzF"
    "8ZlrQfRf5NCBKAgPQmEV0KOs7uZ/CAQxeACKov+HtbRNbGgUTju/EmTSoIs8umDOz9m91A"
    "HnzfCkQt5bNtFvzX+Sp8TRMIa974HurgaqlxZ+BNMteDf8ijZ+XDmMxaWA/nz6o4nLARjQ"
    "08Ggdz5qSRf9EqA9jwxVs9VeFd3YTqeAb9RQLAHjMzpcJxytoTBLrGsFqIUFuASsP3rjdY"
    "PhmrlgyLYtlXVjZXeXgPRnR2nVqCnCiSNKCrxs+xvjyf0jtqeasA+yK9ahFXtnda94SdDR"
    "VJesOme+YN8kI4v+MyAG5j8+VUEd+3w1VjOUxNGeH85jmM6xiW/5t2TDMeEAgYU+su6J2Z"
    "JFtYNr7cyw9kLX3NVtawPbHTQm2CY2Ylpkuzo2XiLmdkQYDX/t/Hx4fIKsGXLvCOKjIt1B"
    "dHOiN79Dustf3VmPJrLok5cMfpc+ukqAfOl4OydEuSsa5cbzXE7H4P4Gxg234nHkT5K2sM"
    "lM/54H57hcE/FWiV8dpAewDhIRLA+0O+zc5Yc6kGocdePkSCVMeJQeJzyCQCEEClGLfF/o"
    "dLQCWhclS9B6Ne3Nqis5wCRTywZ2XI0abUWe7rgsaLrKmrbJA934iuhZlAQtV1nLwfkroe"
    "KsI1ZECAJ7ZYUzlk4pHndFv1nVVKDqOItMve26zPL6guzO9I+l4zLmcUvmD4peb2f6hGz6"
    "/Aq3rvcLmagzQKHUO4SRSW6xqz8QZJmE+WYw8lx/iPFPJc6fQkNsngIBbp9qun0guQGSG6"
    "plWkFyAyQ3QHIDJDdAcgP4LMvyWbqWi40iuQ0xQTgFFyZYjrHB1jZtSs8RBRQhFd+dOl41"
    "ShfAua+EFoBzv28VAOceOPfPVxfAuQfOfbXRzc+5ByI4EMGriPDmRPAIN0M3iSPZLH2x9/"
    "9UIXWHYapLOlyD1pAfwJjfDqYFo6R8eq2JlAZTUDFaqhnB/etCpum/XBLS/NqKfIT3lLIP"
    "0kzLi19Gwp0QzqxkODNQV0IFwzk2jFQlRMSadJh+ffjmZAU/e5EF+PCqc3mZPKNFv0EC1f"
    "T4UEyscWGiw+NjhbgEvSs1MsGviVhDCZ4KOCUSW0AOLcRFQQ2F1XBrFK7PkxAFNZTlFhIJ"
    "axse+OJUuZopRPXkl1gVFA7W4RQuAecPl82vGpB45itGGj23zJl+u7SxD4DkNCTe0l5zGJ"
    "ok7l7PHh0gh7jLBcKun9y7QAZ5IAZ68e2b58f89o1/9Z+QZaMZ/Y8RQr0r75BNZktzylKB"
    "se2iqe6wbzOVMEy39jHrWahwLKvksczXqUZMrkyJKizLINhMSzNJSMcUM6bi21rcVu/slg"
    "V51u9fspFX5JqzXgz2689XZ93BiwN+wqA36W6KKbVcTAtSnkRJoDxVhfIkyfjxv33EVON7"
    "hGtbxQ3p1CEgzAqEgzqi7+0kWhDtyqsFqThoY0NtOIRiwKh9BdURkwd9FNVHsNsXYAUmRE"
    "ELQMSpNhFHXMxLAPhjOFIzEZZuf+pIB+t0CVBf+Nlxw8iQjcY8tscpgJ603XfsSawp4Kln"
    "HgXMw12wBKybTYdKGAxV89d6BB65o3ZF7sn20Ia3KRR8DJiOf3OC5Hs/4wUZZEZfPHEnaZ"
    "AWfOp5Vu+oKhD2XaaImhTYljQ7LHPwG/PG7JmML+GP5KAXq/IBnJeGdNPRp4RKBuOhR929"
    "YxmBenjXT8gkD8RGt8Rln2E90pG/fbvDjhbcxzk+376xJo2WPWVFCWYUwqAwpUM3oUn4lZ"
    "mvmflP6Fd+x6973/rGJIZ+q491g5oGyF4a7GfRW5cO+54u/SoP/At7QxL7QZ+Qwj0fownH"
    "1oKYfjQeKh9U0yd9T398En+1fNxAtsp55a3OxcfPw9FV93p0Gqn3cWP2v3QHnzr/9i5Y9C"
    "Fc4CfvynX3Q2fU+9LVetdf+r3z7umqMojmt0W9MTsXXzrX7FKkU+v+Cz5CgYBtFwhYFaTI"
    "XzFEItpAvKF4yK6NTBnQkuIhlk1NALNY+ndSFrhEhf2LEaMonxIEOVBAYQUkzOucgXipPI"
    "Tic4TiofpI+iNRz1C8SvURSPTf+9IHcfdnzamPa+HZ+D8i3ibvBJ9bAaIcoF8Mfd/Hkht9"
    "UQ7QL7r+cF9VgcUnKgfoA6OhyowGKC2SB1210iIq5RjwYmHoE56IsWFVBi+y2AnHaxD+Mk"
    "oINgyrFOAGfLzOargm4ZYMdCeMuiR4QbEKxee9F45Tp/1M9VkXbVgV9kxGnmNOaHNmOdYS"
    "3yIpjr5luzG+AzIh+gOZfgrHayLE4kFAaQqv4rObzd9wnCbiKpr4KlbAZsyiJd3guw9pzU"
    "PCq+1MdhG7TyOrG0utgpPguVjjP8jE9eYFw8h7yXq5thG9OuGBdO6ZBq5LNbkuUR0l1JAd"
    "d4iJQuChToEHuibkrNsTSjSQonGiQtE4SadonCQoGrGlURXlmFgDoS6fDRNuO7k2EkEMIj"
    "jFc/Xoj3fk8KfPc1Gq0DSvGvpbbqk8JS7WDYk35OOwf53C9gpF4ruzPnHRX8jQna0Filv/"
    "M1uafM9A46VuuLrpvGQf+4/Wdu16GeAMImFjDoB+cdX5La6D88v+WXzHZQOcxUMHE9fKH7"
    "iPSsGiA0H7uqCfVfqLTekSQgvNzmuKPvgKThqIhSniqhIL20+u2Bk274OsSIlLJ3q5neXT"
    "GdMbo6maKkljTAb5MiwzCpt+Ga02S2piOV1BkkMbsV9LpizXC6MPl2iCnbtAVJYyVubQUL"
    "erwkt+O8NvNKHTNI+9H9zfuM6whyrH2cP04+xh4jjL/58D2uD+BvoKDpU6bh5mNNw8TPbb"
    "hIywbWeE6Y7GvIUPebMIBLkdZg8EqwckD4APv0Y+fDgEQxnyZ6kGoJDunkIKdcd3Xnc8wd"
    "jZtLOXMl+nLpjHAlEe3UvzCVEbE0fzssdqihovob0pVmyQJkG0Tb/guTVfYPOpJfEJBpfa"
    "Wf7ASeSmta7APvPHeQJoQWzEPDpj7JB3rMqR9Wg6vMIR3w104rT5q8kdK7DPXHveAuYgbE"
    "75laVDZHWktvUh4B6ssBXWznAPgg9ryz4sOPA/kwN/4qyjYi8GK+1mu7ryEahqU2A/u3oi"
    "Q0u2v8vSuDJ2en67hmP3r930PwVba1DUkY9A6PZqsXCdn/SCXpiW69dDJNOfktt68WGUii"
    "R6Py5gi0cycYAsXs1d3Ve/JiMOp9ccE6WedcExaONZAcct2E7PxXaSab1AC4uEKARNNnj2"
    "/D0/rwZCMVj6CsO/x0o/z1cBGdGqsBD8hgGVaOn5milCuSpHdA1QCFilFkDIDa56CYS6Yp"
    "u7CkK4JZaAb7N53wnroVIc5VU5H5mzIlLqJ8NHEb0rRzsL5lgIu/u2WcNf5w7ThzzZHfjx"
    "jpgo0iFYd/jPyOpnUdLoKn4MIZJO57q7dMCDUVEPBtCWt5aFW7WQzz4p4VuI+PgLixTg9W"
    "1JQundRdhaIZc3B+atzjlrNHKKPOkbs3cdvKObkRFz6uStgkbepurjLcTfwIcE7dKbp/UA"
    "o6x26UCzrpDHBPi9wTzbalosUE9zkSixrYWFDjeFKl9VyFri5TeI3BSoxvk8ZQ7MDVFqnv"
    "NSACloOc1bh26GlN+l+9LvXtSMbQEY8sCQrx+XLtHFXeKdlnV6T/dSrxofRnvNr3dXX/O+"
    "lA6aWTbvIkymq8bCzila0Kmhf0d/R/9HbOvnBT1S0Osm+e4ir59lG93ixc8zm5Ckq7rUkY"
    "EnX+HTTBv80fvwR3uPUB5wQ4kdOklzukcLu6RLr1JCF6PUjr9ZC0hMcHdkkoMGrCTRIvnT"
    "KftWCeyHc2wYqehHxHaH/Ml2kX99+OZkhTV7kYXu8KpzeZmEE1y76Sg3y7VbKKEG28wCnu"
    "m3S7uMpjQd+zw6WmOPm7s8ONUFoW2em3yntuS0FLq7089IoW9dhcfjLMeOPtWx/YQedfcO"
    "6a7DUn0Ry/tdVQB8hzDySz2jR8u+d5BuUinCuTn05BMn48goPdv7IDg2VdrYgWPTPuz6it"
    "F4dmvqbJ/Hw1YtrUgJwoRgAxEvuQ4hsHTSca+nUa+U6eUVIsmfZCTIQZJLaUkuYbmaDTkb"
    "keo4NVOEcrKAMAdrRNuoy+mrIqyNmsIFPpCqM13qiFGkZ+WmQAldMhsIVbQVxIZYxdpPNB"
    "CsIBds09br6h3v64jSrmlmdcQoYJnRhcXeuKyWzzPr0rEaxD+uFtGsnqBBuKT0cEkkwutI"
    "d4IretwaWezfcrPVq+U1zjh/8p+lxcJFwY+02YSjz7G0sKBlcxXckyduxS0WGsPYP7uuNO"
    "RfFvIR3DvbWt7eBWrRwsiTcOQ97wzPOxfcR6TFgyQ/MgNhYYFxSSxMqD6eHg4TK55vtZM6"
    "hJkqGWZKozdlREPSeE0QakqGmugzb+SKNa0EGhj62Eqw6V43U7oyr08ZD2SrjHWrM6RXTh"
    "F2HOLemJe9zlnvsjf69ykydDzWDbqp3Jjd//3M3yJ/LvnrQfdL9/pz9xTZzOWwJPSO3z51"
    "r4f0HfJ9QUynUIL5Lwra+yVVd79AC611tot0Wd+shVZRKljoNS4j7yjqOlZMPqraUgb+48"
    "Y5/Go5xYI6ZiU8lb5Dq8kP5N5yJ2uD1ja5mr0pmS8sl7F5BmRi2eLBL/WmdtaRVQ9v1+zw"
    "/rVsztEdQTPddlxkLd2JNSde1feAUOnQncnjXrKq7+FnIHq2b9O7FgZ+IlNkmfRv7iBN0j"
    "i38gmSg/XXVsQHwVwPv8NRuw5HbaYq6UFFDr5/e5XPJkXPgcfHKufA4+P0cyC7Jp4mrAUJ"
    "rSRVjAWhBiJ9onLgPkk/b58kjtv+akYHNG+JvbB1WbPEdMBTxJsI/ZEK9Efp0B81oDyebm"
    "oL22LER6eVD3W6nmqfBv0Pg+5wyMrirca5Mc/7V58uu6PuxSlvyMY86dMi7oyDAwUNHRyk"
    "aohdij8czsLynSuijj4O+9dpT0QoEyfh6hMX/YUM3alvPFCGLQNDcGkEmL646vwWh/v8sn"
    "/GsYkwaNkAZ0CEBiJ0a7UAFNF7TLYEzdfnGaySogNMsgtThmce9QNMRAjI7mWR3ZeOLGC4"
    "rZL4VVOBKs09MvUqVQ0/YLHJPDEhwS3D/xK5aX0K7aqD3jvEXXBojp/QmCCT3GIWwmmvOu"
    "K6louN4PKYGNYjLwwkyZYtZ0yl9n0+LdLX46rAEm/kBvXvq+lmAUbDVmsOiQ+B1OSSo5wQ"
    "fNZtEoukx0JmbJ7M2DmZW3nQDe5vXGGsg1dKvBt2W7qv45W8XUMKt0nNHbVjnlPLq0GY1x"
    "H1qT/kviZP+sb80u9dsNfUBJkWczydqHgG0x2DkAIOng/6M6jxmnsLjshsuPvWx9Mh2Xz5"
    "uaBIi+KYIPgUclrtUdKPwfYFjU3JAoqQiu9OHa8apQvoG1wJLYjOhhw6EAVhUSqsAmiDs0"
    "/0oxmo+ZUgkwZdlOTyh5ZEwXQroSWRbNEvAdocOfxVW+2VSweJO50CvsKqUALIzUxsj+Ms"
    "W0uhY3apM3njjtnx+jsaXiwMfVJG2olXiacTjtegJUWYsJBDoYKSX+CixAnmF7lo6AzLFb"
    "2PP8bpwPZNMrLoP8+yllYxkgN/KtOJDsFDu5bswNOH+J2lVkj4uhrf2wPYp2imBfkc1TkT"
    "tVE60SBQV0IF2e1JImJNctWU0aEk+g0SqKZHbmNijQvgbiVfBs9ZlmwR33tcskmzeMcur7"
    "D+Tm5/V0IU1FBYDeI2nGM/FeRAAWW5GyMc0w29CM1rDdyOeRLEOajgpRFrfm2Ir1BnrKEI"
    "J1baSvG5fY9kS3LMCS61s444f0Rugvpvz+4Q4zzNx17JJFVrO5RoHFv6QI0nmcGShPpvu6"
    "j/VrSoFdRmyuv73Uc16KpN4r2UzhEwS9/bV5iu3eDDEOj6tK2+SZDPsJty3jOF5yW6Jg/E"
    "Rn4vWNZw0DOCpqcIczI0erR1lzi85A2906FCiH9oModrGx+gktDlUCyorcznJ73mv6QWBb"
    "3zqxi892KfkOlVYdsloqKEFtJJ0KIUJCFBEtIWk5DAo707j3ZscVc+z4hiDZzT5SeBhhtn"
    "ru1PEAN3aWF/tZeKViDhSxCEfK865XsBN70K3PSirHRY8spZ8gqkKMUl4SEoqgPv1E2c3C"
    "qICYIGSoqTRmI35fDaa7gc5eW0K8dJIedFEdm8OS/BalDetG14OkZs+VSAeLXnlYBxsxMx"
    "4tYB9CPfajwJ+pHnggsa167HyF8d5asdNK0tO+GpoW1QoLUvtPbdMkJewTANgNoTlyItGy"
    "y2oq1nUihng7U6aErGusu4DBh5CX5INxFPnUBUJ67zDpHvdAjjCVkmbxjE69Y+Wkh3GDFC"
    "ZwVtJTVwyxtXmpcWTfxOy0r7miTGRvPzgTRRTdIEZK2Vn7VGH8UiiVQxQShfVrh82bSYAu"
    "KSoIFiGoBSu9vktey1MFzF7Me91YUrUJFs40pkFd0zIUf2uaghI/S4p4JaVdNFjhhZnkpa"
    "kKO5pRzN/dfeq9iGqgqwWum9/aTASspJSdw88qJT6d4eSdkrNacP6wO9wLYbtH/2vL/IHw"
    "/x8ehr1+KuGT/EI28nXWwYqUsn+Dme/iJZ40m/TvwieHEq58WB6i0VsEyhbMi+SaHCmpaD"
    "EirIgQLKOhQswgjnhgZV/php1RSiTEAS5qKC2QrFcUoujrMfozU+wyUWq+QhSDdX46QFNV"
    "v1itqOT6FxObOtOYso+sb+O/R4h10WMjQtweIMeEnsEjaR9UBs/2OTdux2PmLz9p0s43uM"
    "zfvYwRGafFZlo8myf6HJJzT5hPz6WkAGTT53gSs0+fTBhSafSZIDNPmsadI3uPkq4GWyyY"
    "ywLTlXVRFBqIm7jdpmk7XXxJc4yWFMfb5LhGHKb0Kpg46g+9cCdATdtwqg6koVqq5AR9DK"
    "hXqgOkIw3aAjaOVpSWlWZgkYn9Hhmk+vk1jX0HwVmq/WFOEym69CU0xoirlPTHMxDnjOuJ"
    "RoEGSTZ/ELVvcopD17dyNsMN/sE1pgfYqspevoU8IzkZ0nxyXzU3Qx6LwfoZ//gTwHPPvL"
    "c73Lcp7LGVTKjnUIfc9cMUVWL/2ocZIjGzM8vEjH74kq8gG7J5NyIN4EjINKMg4glrvtWG"
    "7wGMzpc2lJ5rpazDE5yg697zaZWHQ3o4iZzswzofJEIQfd8/7gQhsNOtfD993BKZKNl9dV"
    "r5KRepCekHqQyEcVlquEltK5IXG5Z00NgaDSboJKQBABgogI99TGMzfvysxNylPEZW/Myr"
    "NFXMvFRhHaQEwQCmIUC1zw7lSyli+pwEckdgf6wXZBPzw4enP09vXJ0Qrr1TtZECfhjB/H"
    "ck1piTBEgYpO7J3zrquG+paJ12wHyW1YC0IbWtUVwzufUc2BsAl28nXbiok1b54eK5l+xx"
    "mW33HS8ANGajr6zWWk+t05C2hdlAStV0XrAUYRtSdK11am4VjFltn6qjj5ZPvlifPrWBAE"
    "HVdZx0CxrsxJau8Ua1ADxxI41vtWAXCsgWMNumiF1jI0udyjDmJMoAJ+ZtDAhsET5o7bbF"
    "lKHQK0solWiq1NcUnQAeTgQA5O9U8DkINTKZiL5eAEVkkJMF/4tZ2GkSGbuV7ETDlIdapW"
    "qlPSugPEFRFPNYwrmmFW18VaNcUMmnYXQVexabf0+ALgKiwRZSVHGoZVSm6kl6DWWQ3XoJ"
    "Vjq51PE7ilJv+J2K5LA9SweLtSTwyvJBlrZ8EaVvhdS11W/RcHqX305Itt5x2/gXWcRAti"
    "B3eyP73b5L0yyh1emiXo/3i/2anXPFDaQSN2DdL5KpfOB5X1KuBTDB+TXBoQxAD+wvALy5"
    "k6/IIYwF+WNzdMsN/QPFXuDV81NahaqMIEFMzT887wvHPRTZxbpTUkcgObo4REXaEVltZq"
    "9cuwOLBJ85W9n22yBness1LT0VzfbQLMvEqaefz/CfwzspX8+xvXI+JYLQMkIwEk0SMi8r"
    "VyIBwTa1ye9XZagEOuTcOyLtJybRIGooqfbUHsue44JfjZ6Fb5aTVYDWfDtrxskQQoh9gS"
    "lK+w+TSy2L9bDoDsdU/JMCP5z9JixlnwI2028+gqtDrr0HnmgWjZHP97wp5fZsRpDGDfAF"
    "2px7/MxPxL7p1tLW/vAo1ogZEnPQ7Q97W47fRjrbUZeRBS7E7xUcm2QLWFeHOpxujXKDSR"
    "D4p7JsFKraSVKk6NpCWlUPVKGKHKtcboQfL95+uLoXbZG45OfZe789LQHffGDK596XX/FV"
    "570MljeK170YvIseNqeI0VZgmvse04Mma/dxEZ09KnN2ZnoJ33r9/3PnwedE8Rtl/S6THT"
    "b5c2YXKf+oPRUBt0O1xuYdmu85JZG1zuon/++ap7TW+46lx3PnBxLWh/5rz0VpZ4oELFgC"
    "y/qEBkbcjh5YssKODjK8vH5+9Sm3r4/GFqpgJl/1449eTevf14oLgxI7EEAiMnff8PzBrw"
    "Qj3P/Z3pPq8nKirTOG/UgZI76iDDH3UgcUjpzsLAT1pepONyzXNJKZV/Ocwo/3KYLP9C5l"
    "g38sC8EmhefZ3D4yMln99Rhs/vKA6w7mh0m9AfJHP5zKI7JDZTlu6oXAzrMRXc1mQOVpPd"
    "lmA46/cvBXfeWS+2PF9/vjrr0sWEY09v0t2UcDg2OCVWd3Uic6NlYR4XBdjVYQffdvoq0y"
    "zfNtSRarLWA4zidaQKRTTw9IEdgR3Nf8Y3C2t0vNHqZ2akhjPEYr/3ZNPAT2ehj9gwNXxc"
    "lDDCNp2lfywdl3vnSppVdmc1ZEOnFoUt8IiWQePv2OfR0ZoK2pJRqMgDm2kb4sVG6j40d3"
    "75dLNoE61ynk2PqJevl1YdAdSnZL6wXNZkRvOahWw45XrhgAM+XlN3BN18sPTSLIyeN1pD"
    "Z1k0YVR+OM4BVTMTbWPE+gnRH+gZxW95U9IkG/jD+p0CGwsej9CWBVnDuPBSqLx82B0hVe"
    "c5FTZoAaDKp8aFrK7NqHFFw9u1osYFPzJOjQv5hSI1LhIUj9PiYqy5jahxSU9duks8t2KV"
    "60zVW7Xhz1RVrlCgKqd6wypgORScSXToEFufsA9IUB38K+1MskN4T2WoDs+F57Bhx6V0Bk"
    "NqQ6uMriqpHa0qxUcsHPLdQpoHe6hyIOzf3kB0t9IKkn6iS2QF5z4O+9cpEcZQJB5o0icu"
    "+gsx2moN0c4Al4EhRJMCTF9cdX6Lw31+2T+Lh4nYAGcyGuQuWXs//h8ZvbOi"
)
