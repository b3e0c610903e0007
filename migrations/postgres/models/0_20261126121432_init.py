from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE "company" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "company" IS 'One company per database; it owns the entities, the chart of accounts and the users.';
CREATE TABLE "document_sequence" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "prefix" VARCHAR(20) NOT NULL,
    "next_number" BIGINT NOT NULL,
    "padding" SMALLINT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "document_sequence" IS 'Numbers for posted documents: prefix + zero-padded next number, gap-free.';
CREATE TABLE "entity" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(20) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "base_currency" VARCHAR(3) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "company_id" BIGINT NOT NULL REFERENCES "company" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "entity" IS 'A subsidiary with its own base currency; a request works inside one or at the top level.';
CREATE TABLE "customer" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "status" VARCHAR(8) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_customer_name_0aae8f" ON "customer" ("name");
CREATE INDEX "idx_customer_entity__b0f689" ON "customer" ("entity_id", "status");
COMMENT ON COLUMN "customer"."status" IS 'ACTIVE: active\nINACTIVE: inactive';
COMMENT ON TABLE "customer" IS 'A customer of one entity, or shared at the top level when ``entity`` is null.';
CREATE TABLE "gl_account" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "number" VARCHAR(20) NOT NULL UNIQUE,
    "title" VARCHAR(200) NOT NULL,
    "kind" VARCHAR(9) NOT NULL,
    "is_active" BOOL NOT NULL
);
COMMENT ON COLUMN "gl_account"."kind" IS 'ASSET: asset\nLIABILITY: liability\nEQUITY: equity\nREVENUE: revenue\nEXPENSE: expense';
CREATE TABLE "bank_account" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(20) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "gl_account_id" BIGINT NOT NULL REFERENCES "gl_account" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "bank_account" IS 'A bank account of an entity, in one currency, backed by a GL cash account.';
CREATE TABLE "journal" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "symbol" VARCHAR(10) NOT NULL UNIQUE,
    "title" VARCHAR(200) NOT NULL
);
CREATE TABLE "role" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(50) NOT NULL UNIQUE,
    "description" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE "role_permission" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "permission" VARCHAR(40) NOT NULL,
    "role_id" BIGINT NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_role_permis_role_id_18f7a7" UNIQUE ("role_id", "permission")
);
COMMENT ON COLUMN "role_permission"."permission" IS 'REFUNDS_LIST: refunds.list\nREFUNDS_VIEW: refunds.view\nREFUNDS_EDIT: refunds.edit\nREFUNDS_POST: refunds.post\nREFUNDS_VOID: refunds.void\nAR_CONFIGURE: ar.configure\nREPORTS_READ: reports.read\nAR_DOCUMENTS_MANAGE: ar_documents.manage';
CREATE TABLE "app_user" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(150) NOT NULL UNIQUE,
    "display_name" VARCHAR(200) NOT NULL,
    "email" VARCHAR(254),
    "is_active" BOOL NOT NULL,
    "all_entities" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE "api_token" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "token_prefix" VARCHAR(16) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "last_used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "user_id" BIGINT NOT NULL REFERENCES "app_user" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_api_token_user_id_2531e3" ON "api_token" ("user_id");
COMMENT ON TABLE "api_token" IS 'A bearer credential. Only a SHA-256 of the token is stored; it is shown once.';
CREATE TABLE "ar_configuration" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "refunds_enabled" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "ar_control_account_id" BIGINT REFERENCES "gl_account" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "refund_journal_id" BIGINT REFERENCES "journal" ("id") ON DELETE RESTRICT,
    "refund_sequence_id" BIGINT REFERENCES "document_sequence" ("id") ON DELETE RESTRICT,
    "updated_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "ar_configuration" IS 'AR setup at the top level (``entity`` null) or for one entity; refunds start disabled.';
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "action" VARCHAR(60) NOT NULL,
    "object_type" VARCHAR(40) NOT NULL,
    "object_id" BIGINT,
    "request_id" VARCHAR(64),
    "details" JSONB NOT NULL,
    "actor_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_audit_event_object__f85e0e" ON "audit_event" ("object_type", "object_id");
CREATE INDEX "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE TABLE "idempotency_record" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(255) NOT NULL,
    "operation" VARCHAR(60) NOT NULL,
    "request_fingerprint" VARCHAR(64) NOT NULL,
    "status" VARCHAR(11) NOT NULL,
    "response" JSONB,
    "created_at" TIMESTAMPTZ NOT NULL,
    "completed_at" TIMESTAMPTZ,
    "user_id" BIGINT NOT NULL REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_idempotency_user_id_24982e" UNIQUE ("user_id", "key")
);
COMMENT ON COLUMN "idempotency_record"."status" IS 'IN_PROGRESS: in_progress\nCOMPLETED: completed';
COMMENT ON TABLE "idempotency_record" IS 'The first outcome of a request sent with an idempotency key, replayed on retries.';
CREATE TABLE "journal_entry" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "entry_date" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "description" VARCHAR(255) NOT NULL,
    "source_type" VARCHAR(40) NOT NULL,
    "source_id" BIGINT NOT NULL,
    "posted_at" TIMESTAMPTZ NOT NULL,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "journal_id" BIGINT NOT NULL REFERENCES "journal" ("id") ON DELETE RESTRICT,
    "posted_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "reverses_id" BIGINT REFERENCES "journal_entry" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_journal_ent_source__4f7c34" ON "journal_entry" ("source_type", "source_id");
CREATE INDEX "idx_journal_ent_entity__7da984" ON "journal_entry" ("entity_id", "entry_date");
COMMENT ON TABLE "journal_entry" IS 'One balanced posting. Never updated or deleted: a void writes a reversing entry.';
CREATE TABLE "advance" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "number" VARCHAR(40) NOT NULL UNIQUE,
    "document_date" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "memo" VARCHAR(1000) NOT NULL,
    "state" VARCHAR(6) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "reference" VARCHAR(100) NOT NULL,
    "bank_account_id" BIGINT NOT NULL REFERENCES "bank_account" ("id") ON DELETE RESTRICT,
    "created_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "customer_id" BIGINT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "journal_entry_id" BIGINT REFERENCES "journal_entry" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_advance_custome_d000fe" ON "advance" ("customer_id", "document_date");
CREATE INDEX "idx_advance_bank_ac_d630b2" ON "advance" ("bank_account_id", "document_date");
COMMENT ON COLUMN "advance"."state" IS 'POSTED: posted\nVOIDED: voided';
COMMENT ON TABLE "advance" IS 'Money received before any invoice exists.';
CREATE TABLE "ar_adjustment" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "number" VARCHAR(40) NOT NULL UNIQUE,
    "document_date" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "memo" VARCHAR(1000) NOT NULL,
    "state" VARCHAR(6) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "total_minor" BIGINT NOT NULL,
    "balance_due_minor" BIGINT NOT NULL,
    "created_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "customer_id" BIGINT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "journal_entry_id" BIGINT REFERENCES "journal_entry" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_ar_adjustme_custome_971d91" ON "ar_adjustment" ("customer_id", "document_date");
COMMENT ON COLUMN "ar_adjustment"."state" IS 'POSTED: posted\nVOIDED: voided';
COMMENT ON TABLE "ar_adjustment" IS 'An AR adjustment; a negative one is a credit memo.';
CREATE TABLE "ar_adjustment_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "line_no" SMALLINT NOT NULL,
    "description" VARCHAR(255) NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "adjustment_id" BIGINT NOT NULL REFERENCES "ar_adjustment" ("id") ON DELETE RESTRICT,
    "gl_account_id" BIGINT NOT NULL REFERENCES "gl_account" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_ar_adjustme_adjustm_e563fa" UNIQUE ("adjustment_id", "line_no")
);
CREATE TABLE "invoice" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "number" VARCHAR(40) NOT NULL UNIQUE,
    "document_date" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "memo" VARCHAR(1000) NOT NULL,
    "state" VARCHAR(6) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "due_date" DATE,
    "total_minor" BIGINT NOT NULL,
    "balance_due_minor" BIGINT NOT NULL,
    "created_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "customer_id" BIGINT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "journal_entry_id" BIGINT REFERENCES "journal_entry" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_invoice_custome_f64e52" ON "invoice" ("customer_id", "document_date");
COMMENT ON COLUMN "invoice"."state" IS 'POSTED: posted\nVOIDED: voided';
COMMENT ON TABLE "invoice" IS 'An invoice; lines may be negative, and the total may be below zero.';
CREATE TABLE "invoice_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "line_no" SMALLINT NOT NULL,
    "description" VARCHAR(255) NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "gl_account_id" BIGINT NOT NULL REFERENCES "gl_account" ("id") ON DELETE RESTRICT,
    "invoice_id" BIGINT NOT NULL REFERENCES "invoice" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_invoice_lin_invoice_05fce2" UNIQUE ("invoice_id", "line_no")
);
CREATE TABLE "journal_line" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "line_no" SMALLINT NOT NULL,
    "debit_minor" BIGINT NOT NULL,
    "credit_minor" BIGINT NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "customer_id" BIGINT REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "entry_id" BIGINT NOT NULL REFERENCES "journal_entry" ("id") ON DELETE RESTRICT,
    "gl_account_id" BIGINT NOT NULL REFERENCES "gl_account" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_journal_lin_entry_i_88e4ff" UNIQUE ("entry_id", "line_no")
);
CREATE INDEX "idx_journal_lin_gl_acco_36896a" ON "journal_line" ("gl_account_id", "customer_id");
COMMENT ON TABLE "journal_line" IS 'A debit or a credit in minor units; exactly one of the two is positive.';
CREATE TABLE "received_payment" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "number" VARCHAR(40) NOT NULL UNIQUE,
    "document_date" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "memo" VARCHAR(1000) NOT NULL,
    "state" VARCHAR(6) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "reference" VARCHAR(100) NOT NULL,
    "bank_account_id" BIGINT NOT NULL REFERENCES "bank_account" ("id") ON DELETE RESTRICT,
    "created_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "customer_id" BIGINT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "journal_entry_id" BIGINT REFERENCES "journal_entry" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_received_pa_custome_9c8ce2" ON "received_payment" ("customer_id", "document_date");
CREATE INDEX "idx_received_pa_bank_ac_f4fa85" ON "received_payment" ("bank_account_id", "document_date");
COMMENT ON COLUMN "received_payment"."state" IS 'POSTED: posted\nVOIDED: voided';
COMMENT ON TABLE "received_payment" IS 'Money received from a customer; what is not applied to invoices is an overpayment.';
CREATE TABLE "ar_credit" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "document_number" VARCHAR(40) NOT NULL,
    "document_date" DATE NOT NULL,
    "original_minor" BIGINT NOT NULL,
    "open_minor" BIGINT NOT NULL,
    "has_positive_line" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "customer_id" BIGINT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "advance_id" BIGINT UNIQUE REFERENCES "advance" ("id") ON DELETE RESTRICT,
    "payment_id" BIGINT UNIQUE REFERENCES "received_payment" ("id") ON DELETE RESTRICT,
    "invoice_id" BIGINT UNIQUE REFERENCES "invoice" ("id") ON DELETE RESTRICT,
    "adjustment_id" BIGINT UNIQUE REFERENCES "ar_adjustment" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_ar_credit_custome_79d603" ON "ar_credit" ("customer_id", "currency", "open_minor");
COMMENT ON COLUMN "ar_credit"."kind" IS 'ADJUSTMENT: adjustment\nOVERPAYMENT: overpayment\nNEGATIVE_INVOICE: negative_invoice\nADVANCE: advance';
COMMENT ON TABLE "ar_credit" IS 'A customer''s credit balance left by one document: the thing a refund clears.';
CREATE TABLE "credit_application" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "applied_on" DATE NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "credit_id" BIGINT NOT NULL REFERENCES "ar_credit" ("id") ON DELETE RESTRICT,
    "invoice_id" BIGINT NOT NULL REFERENCES "invoice" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_credit_appl_credit__b0a98d" ON "credit_application" ("credit_id");
CREATE INDEX "idx_credit_appl_invoice_85ce89" ON "credit_application" ("invoice_id");
COMMENT ON TABLE "credit_application" IS 'Part of a credit applied to an invoice (not refunded).';
CREATE TABLE "payment_application" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "amount_minor" BIGINT NOT NULL,
    "invoice_id" BIGINT NOT NULL REFERENCES "invoice" ("id") ON DELETE RESTRICT,
    "payment_id" BIGINT NOT NULL REFERENCES "received_payment" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_payment_app_payment_2e33c7" UNIQUE ("payment_id", "invoice_id")
);
CREATE INDEX "idx_payment_app_invoice_668530" ON "payment_application" ("invoice_id");
COMMENT ON TABLE "payment_application" IS 'The part of a received payment applied to one invoice.';
CREATE TABLE "refund" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "currency" VARCHAR(3) NOT NULL,
    "payment_method" VARCHAR(15) NOT NULL,
    "payment_date" DATE NOT NULL,
    "reference" VARCHAR(100) NOT NULL,
    "memo" VARCHAR(1000) NOT NULL,
    "state" VARCHAR(6) NOT NULL,
    "total_minor" BIGINT NOT NULL,
    "version" INT NOT NULL,
    "sequence_number" BIGINT,
    "number" VARCHAR(40),
    "void_date" DATE,
    "void_reason" VARCHAR(500),
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "posted_at" TIMESTAMPTZ,
    "voided_at" TIMESTAMPTZ,
    "bank_account_id" BIGINT NOT NULL REFERENCES "bank_account" ("id") ON DELETE RESTRICT,
    "created_by_id" BIGINT NOT NULL REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "customer_id" BIGINT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "journal_entry_id" BIGINT REFERENCES "journal_entry" ("id") ON DELETE RESTRICT,
    "posted_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "sequence_id" BIGINT REFERENCES "document_sequence" ("id") ON DELETE RESTRICT,
    "void_journal_entry_id" BIGINT REFERENCES "journal_entry" ("id") ON DELETE RESTRICT,
    "voided_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_refund_sequenc_970a2a" UNIQUE ("sequence_id", "sequence_number")
);
CREATE INDEX "idx_refund_custome_1831f8" ON "refund" ("customer_id", "state");
CREATE INDEX "idx_refund_entity__93264c" ON "refund" ("entity_id", "payment_date");
CREATE INDEX "idx_refund_bank_ac_84547e" ON "refund" ("bank_account_id", "payment_date");
COMMENT ON COLUMN "refund"."payment_method" IS 'RECORD_TRANSFER: record_transfer';
COMMENT ON COLUMN "refund"."state" IS 'DRAFT: draft\nPOSTED: posted\nVOIDED: voided';
COMMENT ON TABLE "refund" IS 'A refund already paid outside the system: DRAFT -> POSTED -> VOIDED.';
CREATE TABLE "refund_allocation" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "amount_minor" BIGINT NOT NULL,
    "credit_id" BIGINT NOT NULL REFERENCES "ar_credit" ("id") ON DELETE RESTRICT,
    "refund_id" BIGINT NOT NULL REFERENCES "refund" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_refund_allo_refund__b8d916" UNIQUE ("refund_id", "credit_id")
);
CREATE INDEX "idx_refund_allo_credit__df56f7" ON "refund_allocation" ("credit_id");
COMMENT ON TABLE "refund_allocation" IS 'The amount of one credit that a refund clears; one line per credit per refund.';
CREATE TABLE "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
CREATE TABLE "user_entity" (
    "app_user_id" BIGINT NOT NULL REFERENCES "app_user" ("id") ON DELETE CASCADE,
    "entity_id" BIGINT NOT NULL REFERENCES "entity" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "uidx_user_entity_app_use_8e60b0" ON "user_entity" ("app_user_id", "entity_id");
CREATE TABLE "user_role" (
    "app_user_id" BIGINT NOT NULL REFERENCES "app_user" ("id") ON DELETE CASCADE,
    "role_id" BIGINT NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "uidx_user_role_app_use_d13f4a" ON "user_role" ("app_user_id", "role_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


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
    "Tic4TiofpI+iNRz1C8SvURSPTf+9IHcff9cur5WbEAoT4qVwr+z8bzEaLvn+9zoy/KAfrF"
    "0Pc9J7nRF+UA/Zpm8zxTHQCjAUqLVBtdtdIiKuUY8GJh6BOeiLFhVQYvstgJx2sQ/jJKCD"
    "YMqxTgBny8zmq4JuGWDHQnjIskeEGxCsXnvReOU6f9TPVZF20pFfZMRp5jTmhzZjnWEt8i"
    "KY7+6WJjfAdkQvQHMv0UjtdEiMXDmNIUXsVnN5u/4ThNxFV0MahYAZsxi5Z0g+8+pDUPCa"
    "+2M9lF7D6NrG4stQpOgudijf8gE9ebFwwj7yXr5dpG9OqEB9K5Zxq4LtXkukR1lFBDdtwh"
    "JgqBhzoFHuiakLNuTyjRQIrGiQpF4ySdonGSoGjElkZVlGNiDYS6fDZMuO3k2kgEMYjgFM"
    "/Voz/ekcOfPs9FqULTvGrob7ml8pS4WDck3pCPw/51CtsrFInvzvrERX8hQ3e2Fihu/c9s"
    "afI9A42XuuHqpvOSfew/Wtu162WAM4iEjTkA+sVV57e4Ds4v+2fxHZcNcBYPIExcK3/gPi"
    "oFiw4E7euCflbpLzalSwgtNDuvKfrgKzhpIBamiKtKLGw/uWJn2LwPsiIlLp3o5XaWT2dM"
    "b4ymaqokjTEZ5MuwzChs+mW02iypieV0BUkObcR+LZmyXC+MPlyiCXbuAlFZyliZQ0Pdrg"
    "ov+e0Mv9GETtM89n5wf+M6wx6qHGcP04+zh4njLP9/DmiD+xvoKzhU6rh5mNFw8zDZbxMy"
    "wradEaY7GvMWPuTNIhDkdpg9EKwekDwAPvwa+fDhEAxlyJ+lGoBCunsKKdQd33nd8QRjZ9"
    "POXsp8nbpgHgtEeXQvzSdEbUwczcseqylqvIT2plixQZoE0Tb9gufWfIHNp5bEJxhcamf5"
    "AyeRm9a6AvvMH+cJoAWxEfPojLFD3rEqR9aj6fAKR3w30InT5q8md6zAPnPteQuYg7A55V"
    "eWDpHVkdrWh4B7sMJWWDvDPQg+rC37sODA/0wO/Imzjoq9GKy0m+3qykegqk2B/ezqiQwt"
    "2f4uS+PK2On57RqO3b920/8UbK1BUUc+AqHbq8XCdX7SC3phWq5fD5FMf0pu68WHUSqS6P"
    "24gC0eycQBsng1d3Vf/ZqMOJxec0yUetYFx6CNZwUct2A7PRfbSab1Ai0sEqIQNNng2fP3"
    "/LwaCMVg6SsM/x4rzjxfBWREq8JC8BsGVKKl52umCOWqHNE1QCFglVoAITe46iUQ6opt7i"
    "oI4ZZYAr7N5n0nrIdKcZRX5XxkzopIqZ8MH0X0rhztLJhjIezu22YNf507TB/yZHfgxzti"
    "okiHYN3hPyOrn0VJo6v4MYRIOp3r7tIBD0ZFPRhAW95aFm7VQj77pIRvIeLjLyxSgNe3JQ"
    "mldxdha4Vc3hyYtzrnrNHIKfKkb8zedfCObkZGzKmTtwoaeZuqj7cQfwMfErRLb57WA4yy"
    "2qUDzbpCHhPg9wbzbKtpsUA9zUWixLYWFjrcFKp8VSFriZffIHJToBrn85Q5MDdEqXnOSw"
    "GkoOU0bx26GVJ+l+5Lv3tRM7YFYMgDQ75+XLpEF3eJd1rW6T3dS71qfBjtNb/eXX3N+1I6"
    "aGbZvIswma4aCzunaEGnhv4d/R39H7Gtnxf0SEGvm+S7i7x+lm10ixc/z2xCkq7qUkcGnn"
    "yFTzNt8Efvwx/tPUJ5wA0ldugkzekeLeySLr1KCV2MUjv+Zi0gMcHdkUkOGrCSRIvkT6fs"
    "WyWwH86xYaSiHxHbHfIn20X+9eGbkxXW7EUWusOrzuVlEk5w7aaj3CzXbqGEGmwzC3im3y"
    "7tMprSdOzz6GiNPW7u8uBUF4S2eW7yndqS01Lo7k4/I4W+dRUej7McO/pUx/YTetTdO6S7"
    "Dkv1RSzvd1UB8B3CyC/1jB4t+95BukmlCOfm0JNPnIwjo/Rs74Pg2FRpYweOTfuw6ytG49"
    "mtqbN9Hg9btbQiJQgTgg1EvOQ6hMDSSce9nka9UqaXV4gkf5KRIAdJLqUluYTlajbkbESq"
    "49RMEcrJAsIcrBFtoy6nr4qwNmoKF/hAqs50qSNGkZ6VmwIldMlsIFTRVhAbYhVrP9FAsI"
    "JcsE1br6t3vK8jSrummdURo4BlRhcWe+OyWj7PrEvHahD/uFpEs3qCBuGS0sMlkQivI90J"
    "ruhxa2Sxf8vNVq+W1zjj/Ml/lhYLFwU/0mYTjj7H0sKCls1VcE+euBW3WGgMY//sutKQf1"
    "nIR3DvbGt5exeoRQsjT8KR97wzPO9ccB+RFg+S/MgMhIUFxiWxMKH6eHo4TKx4vtVO6hBm"
    "qmSYKY3elBENSeM1QagpGWqiz7yRK9a0Emhg6GMrwaZ73Uzpyrw+ZTyQrTLWrc6QXjlF2H"
    "GIe2Ne9jpnvcve6N+nyNDxWDfopnJjdv/3M3+L/LnkrwfdL93rz91TZDOXw5LQO3771L0e"
    "0nfI9wUxnUIJ5r8oaO+XVN39Ai201tku0mV9sxZaRalgode4jLyjqOtYMfmoaksZ+I8b5/"
    "Cr5RQL6piV8FT6Dq0mP5B7y52sDVrb5Gr2pmS+sFzG5hmQiWWLB7/Um9pZR1Y9vF2zw/vX"
    "sjlHdwTNdNtxkbV0J9aceFXfA0KlQ3cmj3vJqr6Hn4Ho2b5N71oY+IlMkWXSv7mDNEnj3M"
    "onSA7WX1sRHwRzPfwOR+06HLWZqqQHFTn4/u1VPpsUPQceH6ucA4+P08+B7Jp4mrAWJLSS"
    "VDEWhBqI9InKgfsk/bx9kjhu+6sZHdC8JfbC1mXNEtMBTxFvIvRHKtAfpUN/1IDyeLqpLW"
    "yLER+dVj7U6XqqfRr0Pwy6wyEri7ca58Y87199uuyOuhenvCEb86RPi7gzDg4UNHRwkKoh"
    "din+cDgLy3euiDr6OOxfpz0RoUychKtPXPQXMnSnvvFAGbYMDMGlEWD64qrzWxzu88v+Gc"
    "cmwqBlA5wBERqI0K3VAlBE7zHZEjRfn2ewSooOMMkuTBmeedQPMBEhILuXRXZfOrKA4bZK"
    "4ldNBao098jUq1Q1/IDFJvPEhAS3DP9L5Kb1KbSrDnrvEHfBoTl+QmOCTHKLWQinveqI61"
    "ouNoLLY2JYj7wwkCRbtpwxldr3+bRIX4+rAku8kRvUv6+mmwUYDVutOSQ+BFKTS45yQvBZ"
    "t0kskh4LmbF5MmPnZG7lQTe4v3GFsQ5eKfFu2G3pvo5X8nYNKdwmNXfUjnlOLa8GYV5H1K"
    "f+kPuaPOkb80u/d8FeUxNkWszxdKLiGUx3DEIKOHg+6M+gxmvuLTgis+HuWx9Ph2Tz5eeC"
    "Ii2KY4LgU8hptUdJPwbbFzQ2JQsoQiq+O3W8apQuoG9wJbQgOhty6EAUhEWpsAqgDc4+0Y"
    "9moOZXgkwadFGSyx9aEgXTrYSWRLJFvwRoc+TwV221Vy4dJO50CvgKq0IJIDczsT2Os2wt"
    "hY7Zpc7kjTtmx+vvaHixMPRJGWknXiWeTjheg5YUYcJCDoUKSn6BixInmF/koqEzLFf0Pv"
    "4YpwPbN8nIov88y1paxUgO/KlMJzoED+1asgNPH+J3lloh4etqfG8PYJ+imRbkc1TnTNRG"
    "6USDQF0JFWS3J4mINclVU0aHkug3SKCaHrmNiTUugLuVfBk8Z1myRXzvcckmzeIdu7zC+j"
    "u5/V0JUVBDYTWI23CO/VSQAwWU5W6McEw39CI0rzVwO+ZJEOeggpdGrPm1Ib5CnbGGIpxY"
    "aSvF5/Y9ki3JMSe41M464vwRuQnqvz27Q4zzNB97JZNUre1QonFs6QM1nmQGSxLqv+2i/l"
    "vRolZQmymv73cf1aCrNon3UjpHwCx9b19hunaDD0Og69O2+iZBPsNuynnPFJ6X6Jo8EBv5"
    "vWBZw0HPCJqeIszJ0OjR1l3i8JI39E6HCiH+ockcrm18gEpCl0OxoLYyn5/0mv+SWhT0zq"
    "9i8N6LfUKmV4Vtl4iKElpIJ0GLUpCEBElIW0xCAo/27jzascVd+TwjijVwTpefBBpunLm2"
    "P0EM3KWF/dVeKlqBhC9BEPK96pTvBdz0KnDTi7LSYckrZ8krkKIUl4SHoKgOvFM3cXKrIC"
    "YIGigpThqJ3ZTDa6/hcpSX064cJ4WcF0Vk8+a8BKtBedO24ekYseVTAeLVnlcCxs1OxIhb"
    "B9CPfKvxJOhHngsuaFy7HiN/dZSvdtC0tuyEp4a2QYHWvtDad8sIeQXDNABqT1yKtGyw2I"
    "q2nkmhnA3W6qApGesu4zJg5CX4Id1EPHUCUZ24zjtEvtMhjCdkmbxhEK9b+2gh3WHECJ0V"
    "tJXUwC1vXGleWjTxOy0r7WuSGBvNzwfSRDVJE5C1Vn7WGn0UiyRSxQShfFnh8mXTYgqIS4"
    "IGimkASu1uk9ey18JwFbMf91YXrkBFso0rkVV0z4Qc2eeihozQ454KalVNFzliZHkqaUGO"
    "5pZyNPdfe69iG6oqwGql9/aTAispJyVx88iLTqV7eyRlr9ScPqwP9ALbbtD+2fP+In88xM"
    "ejr12Lu2b8EI+8nXSxYaQuneDnePqLZI0n/Trxi+DFqZwXB6q3VMAyhbIh+yaFCmtaDkqo"
    "IAcKKOtQsAgjnBsaVPljplVTiDIBSZiLCmYrFMcpuTjOfozW+AyXWKyShyDdXI2TFtRs1S"
    "tqOz6FxuXMtuYsougb++/Q4x12WcjQtASLM+AlsUvYRNYDsf2PTdqx2/mIzdt3sozvMTbv"
    "YwdHaPJZlY0my/6FJp/Q5BPy62sBGTT53AWu0OTTBxeafCZJDtDks6ZJ3+Dmq4CXySYzwr"
    "bkXFVFBKEm7jZqm03WXhNf4iSHMfX5LhGGKb8JpQ46gu5fC9ARdN8qgKorVai6Ah1BKxfq"
    "geoIwXSDjqCVpyWlWZklYHxGh2s+vU5iXUPzVWi+WlOEy2y+Ck0xoSnmPjHNxTjgOeNSok"
    "GQTZ7FL1jdo5D27N2NsMF8s09ogfUpspauo08Jz0R2nhyXzE/RxaDzfoR+/gfyHPDsL8/1"
    "Lst5LmdQKTvWIfQ9c8UUWb30o8ZJjmzM8PAiHb8nqsgH7J5MyoF4EzAOKsk4gFjutmO5wW"
    "Mwp8+lJZnrajHH5Cg79L7bZGLR3YwiZjozz4TKE4UcdM/7gwttNOhcD993B6dINl5eV71K"
    "RupBekLqQSIfVViuElpK54bE5Z41NQSCSrsJKgFBBAgiItxTG8/cvCszNylPEZe9MSvPFn"
    "EtFxtFaAMxQSiIUSxwwbtTyVq+pAIfkdgd6AfbBf3w4OjN0dvXJ0crrFfvZEGchDN+HMs1"
    "pSXCEAUqOrF3zruuGupbJl6zHSS3YS0IbWhVVwzvfEY1B8Im2MnXbSsm1rx5eqxk+h1nWH"
    "7HScMPGKnp6DeXkep35yygdVEStF4VrQcYRdSeKF1bmYZjFVtm66vi5JPtlyfOr2NBEHRc"
    "ZR0DxboyJ6m9U6xBDRxL4FjvWwXAsQaONeiiFVrL0ORyjzqIMYEK+JlBAxsGT5g7brNlKX"
    "UI0MomWim2NsUlQQeQgwM5ONU/DUAOTqVgLpaDE1glJcB84dd2GkaGbOZ6ETPlINWpWqlO"
    "SesOEFdEPNUwrmiGWV0Xa9UUM2jaXQRdxabd0uMLgKuwRJSVHGkYVim5kV6CWmc1XINWjq"
    "12Pk3glpr8J2K7Lg1Qw+LtSj0xvJJkrJ0Fa1jhdy11WfVfHKT20ZMvtp13/AbWcRItiB3c"
    "yf70bpP3yih3eGmWoP/j/WanXvNAaQeN2DVI56tcOh9U1quATzF8THJpQBAD+AvDLyxn6v"
    "ALYgB/Wd7cMMF+Q/NUuTd81dSgaqEKE1AwT887w/PORTdxbpXWkMgNbI4SEnWFVlhaq9Uv"
    "w+LAJs1X9n62yRrcsc5KTUdzfbcJMPMqaebx/yfwz8hW8u9vXI+IY7UMkIwEkESPiMjXyo"
    "FwTKxxedbbaQEOuTYNy7pIy7VJGIgqfrYFsee645TgZ6Nb5afVYDWcDdvyskUSoBxiS1C+"
    "wubTyGL/bjkAstc9JcOM5D9LixlnwY+02cyjq9DqrEPnmQeiZXP87wl7fpkRpzGAfQN0pR"
    "7/MhPzL7l3trW8vQs0ogVGnvQ4QN/X4rbTj7XWZuRBSLE7xUcl2wLVFuLNpRqjX6PQRD4o"
    "7pkEK7WSVqo4NZKWlELVK2GEKtcaowfJ95+vL4baZW84OvVd7s5LQ3fcGzO49qXX/Vd47U"
    "Enj+G17kUvIseOq+E1VpglvMa248iY/d5FZExLn96YnYF23r9+3/vwedA9Rdh+SafHTL9d"
    "2oTJfeoPRkNt0O1wuYVlu85LZm1wuYv++eer7jW94apz3fnAxbWg/Znz0ltZ4oEKFQOy/K"
    "ICkbUhh5cvsqCAj68sH5+/S23q4fOHqZkKlP174dSTe/f244HixozEEgiMnPT9PzBrwAv1"
    "PPd3pvu8nqioTOO8UQdK7qiDDH/UgcQhpTsLAz9peZGOyzXPJaVU/uUwo/zLYbL8C5lj3c"
    "gD80qgefV1Do+PlHx+Rxk+v6M4wLqj0W1Cf5DM5TOL7pDYTFm6o3IxrMdUcFuTOVhNdluC"
    "4azfvxTceWe92PJ8/fnqrEsXE449vUl3U8Lh2OCUWN3VicyNloV5XBRgV4cdfNvpq0yzfN"
    "tQR6rJWg8witeRKhTRwNMHdgR2NP8Z3yys0fFGq5+ZkRrOEIv93pNNAz+dhT5iw9TwcVHC"
    "CNt0lv6xdFzunStpVtmd1ZANnVoUtsAjWgaNv2OfR0drKmhLRqEiD2ymbYgXG6n70Nz55d"
    "PNok20ynk2PaJevl5adQRQn5L5wnJZkxnNaxay4ZTrhQMO+HhN3RF088HSS7Mwet5oDZ1l"
    "0YRR+eE4B1TNTLSNEesnRH+gZxS/5U1Jk2zgD+t3CmwseDxCWxZkDePCS6Hy8mF3hFSd51"
    "TYoAWAKp8aF7K6NqPGFQ1v14oaF/zIODUu5BeK1LhIUDxOi4ux5jaixiU9deku8dyKVa4z"
    "VW/Vhj9TVblCgaqc6g2rgOVQcCbRoUNsfcI+IEF18K+0M8kO4T2VoTo8F57Dhh2X0hkMqQ"
    "2tMrqqpHa0qhQfsXDIdwtpHuyhyoGwf3sD0d1KK0j6iS6RFZz7OOxfp0QYQ5F4oEmfuOgv"
    "xGirNUQ7A1wGhhBNCjB9cdX5LQ73+WX/LB4mYgOcyWiQu2Tt/fh/zlazog=="
)
