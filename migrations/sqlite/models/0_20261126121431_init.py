from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE "company" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* One company per database; it owns the entities, the chart of accounts and the users. */;
CREATE TABLE "document_sequence" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "prefix" VARCHAR(20) NOT NULL,
    "next_number" BIGINT NOT NULL,
    "padding" SMALLINT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* Numbers for posted documents: prefix + zero-padded next number, gap-free. */;
CREATE TABLE "entity" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(20) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "base_currency" VARCHAR(3) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "company_id" BIGINT NOT NULL REFERENCES "company" ("id") ON DELETE RESTRICT
) /* A subsidiary with its own base currency; a request works inside one or at the top level. */;
CREATE TABLE "customer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "status" VARCHAR(8) NOT NULL /* ACTIVE: active\nINACTIVE: inactive */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT
) /* A customer of one entity, or shared at the top level when ``entity`` is null. */;
CREATE INDEX "idx_customer_name_0aae8f" ON "customer" ("name");
CREATE INDEX "idx_customer_entity__b0f689" ON "customer" ("entity_id", "status");
CREATE TABLE "gl_account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(20) NOT NULL UNIQUE,
    "title" VARCHAR(200) NOT NULL,
    "kind" VARCHAR(9) NOT NULL /* ASSET: asset\nLIABILITY: liability\nEQUITY: equity\nREVENUE: revenue\nEXPENSE: expense */,
    "is_active" INT NOT NULL
);
CREATE TABLE "bank_account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(20) NOT NULL UNIQUE,
    "name" VARCHAR(200) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "gl_account_id" BIGINT NOT NULL REFERENCES "gl_account" ("id") ON DELETE RESTRICT
) /* A bank account of an entity, in one currency, backed by a GL cash account. */;
CREATE TABLE "journal" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "symbol" VARCHAR(10) NOT NULL UNIQUE,
    "title" VARCHAR(200) NOT NULL
);
CREATE TABLE "role" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(50) NOT NULL UNIQUE,
    "description" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE "role_permission" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "permission" VARCHAR(40) NOT NULL /* REFUNDS_LIST: refunds.list\nREFUNDS_VIEW: refunds.view\nREFUNDS_EDIT: refunds.edit\nREFUNDS_POST: refunds.post\nREFUNDS_VOID: refunds.void\nAR_CONFIGURE: ar.configure\nREPORTS_READ: reports.read\nAR_DOCUMENTS_MANAGE: ar_documents.manage */,
    "role_id" BIGINT NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_role_permis_role_id_18f7a7" UNIQUE ("role_id", "permission")
);
CREATE TABLE "app_user" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(150) NOT NULL UNIQUE,
    "display_name" VARCHAR(200) NOT NULL,
    "email" VARCHAR(254),
    "is_active" INT NOT NULL,
    "all_entities" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE "api_token" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "token_prefix" VARCHAR(16) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP,
    "last_used_at" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "user_id" BIGINT NOT NULL REFERENCES "app_user" ("id") ON DELETE RESTRICT
) /* A bearer credential. Only a SHA-256 of the token is stored; it is shown once. */;
CREATE INDEX "idx_api_token_user_id_2531e3" ON "api_token" ("user_id");
CREATE TABLE "ar_configuration" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "refunds_enabled" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "ar_control_account_id" BIGINT REFERENCES "gl_account" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "refund_journal_id" BIGINT REFERENCES "journal" ("id") ON DELETE RESTRICT,
    "refund_sequence_id" BIGINT REFERENCES "document_sequence" ("id") ON DELETE RESTRICT,
    "updated_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT
) /* AR setup at the top level (``entity`` null) or for one entity; refunds start disabled. */;
CREATE TABLE "audit_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "action" VARCHAR(60) NOT NULL,
    "object_type" VARCHAR(40) NOT NULL,
    "object_id" BIGINT,
    "request_id" VARCHAR(64),
    "details" JSON NOT NULL,
    "actor_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT
);
CREATE INDEX "idx_audit_event_object__f85e0e" ON "audit_event" ("object_type", "object_id");
CREATE INDEX "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE TABLE "idempotency_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(255) NOT NULL,
    "operation" VARCHAR(60) NOT NULL,
    "request_fingerprint" VARCHAR(64) NOT NULL,
    "status" VARCHAR(11) NOT NULL /* IN_PROGRESS: in_progress\nCOMPLETED: completed */,
    "response" JSON,
    "created_at" TIMESTAMP NOT NULL,
    "completed_at" TIMESTAMP,
    "user_id" BIGINT NOT NULL REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_idempotency_user_id_24982e" UNIQUE ("user_id", "key")
) /* The first outcome of a request sent with an idempotency key, replayed on retries. */;
CREATE TABLE "journal_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "entry_date" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "description" VARCHAR(255) NOT NULL,
    "source_type" VARCHAR(40) NOT NULL,
    "source_id" BIGINT NOT NULL,
    "posted_at" TIMESTAMP NOT NULL,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "journal_id" BIGINT NOT NULL REFERENCES "journal" ("id") ON DELETE RESTRICT,
    "posted_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "reverses_id" BIGINT REFERENCES "journal_entry" ("id") ON DELETE RESTRICT
) /* One balanced posting. Never updated or deleted: a void writes a reversing entry. */;
CREATE INDEX "idx_journal_ent_source__4f7c34" ON "journal_entry" ("source_type", "source_id");
CREATE INDEX "idx_journal_ent_entity__7da984" ON "journal_entry" ("entity_id", "entry_date");
CREATE TABLE "advance" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(40) NOT NULL UNIQUE,
    "document_date" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "memo" VARCHAR(1000) NOT NULL,
    "state" VARCHAR(6) NOT NULL /* POSTED: posted\nVOIDED: voided */,
    "created_at" TIMESTAMP NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "reference" VARCHAR(100) NOT NULL,
    "bank_account_id" BIGINT NOT NULL REFERENCES "bank_account" ("id") ON DELETE RESTRICT,
    "created_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "customer_id" BIGINT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "journal_entry_id" BIGINT REFERENCES "journal_entry" ("id") ON DELETE RESTRICT
) /* Money received before any invoice exists. */;
CREATE INDEX "idx_advance_custome_d000fe" ON "advance" ("customer_id", "document_date");
CREATE INDEX "idx_advance_bank_ac_d630b2" ON "advance" ("bank_account_id", "document_date");
CREATE TABLE "ar_adjustment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(40) NOT NULL UNIQUE,
    "document_date" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "memo" VARCHAR(1000) NOT NULL,
    "state" VARCHAR(6) NOT NULL /* POSTED: posted\nVOIDED: voided */,
    "created_at" TIMESTAMP NOT NULL,
    "total_minor" BIGINT NOT NULL,
    "balance_due_minor" BIGINT NOT NULL,
    "created_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "customer_id" BIGINT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "journal_entry_id" BIGINT REFERENCES "journal_entry" ("id") ON DELETE RESTRICT
) /* An AR adjustment; a negative one is a credit memo. */;
CREATE INDEX "idx_ar_adjustme_custome_971d91" ON "ar_adjustment" ("customer_id", "document_date");
CREATE TABLE "ar_adjustment_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "line_no" SMALLINT NOT NULL,
    "description" VARCHAR(255) NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "adjustment_id" BIGINT NOT NULL REFERENCES "ar_adjustment" ("id") ON DELETE RESTRICT,
    "gl_account_id" BIGINT NOT NULL REFERENCES "gl_account" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_ar_adjustme_adjustm_e563fa" UNIQUE ("adjustment_id", "line_no")
);
CREATE TABLE "invoice" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(40) NOT NULL UNIQUE,
    "document_date" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "memo" VARCHAR(1000) NOT NULL,
    "state" VARCHAR(6) NOT NULL /* POSTED: posted\nVOIDED: voided */,
    "created_at" TIMESTAMP NOT NULL,
    "due_date" DATE,
    "total_minor" BIGINT NOT NULL,
    "balance_due_minor" BIGINT NOT NULL,
    "created_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "customer_id" BIGINT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "journal_entry_id" BIGINT REFERENCES "journal_entry" ("id") ON DELETE RESTRICT
) /* An invoice; lines may be negative, and the total may be below zero. */;
CREATE INDEX "idx_invoice_custome_f64e52" ON "invoice" ("customer_id", "document_date");
CREATE TABLE "invoice_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "line_no" SMALLINT NOT NULL,
    "description" VARCHAR(255) NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "gl_account_id" BIGINT NOT NULL REFERENCES "gl_account" ("id") ON DELETE RESTRICT,
    "invoice_id" BIGINT NOT NULL REFERENCES "invoice" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_invoice_lin_invoice_05fce2" UNIQUE ("invoice_id", "line_no")
);
CREATE TABLE "journal_line" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "line_no" SMALLINT NOT NULL,
    "debit_minor" BIGINT NOT NULL,
    "credit_minor" BIGINT NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "customer_id" BIGINT REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "entry_id" BIGINT NOT NULL REFERENCES "journal_entry" ("id") ON DELETE RESTRICT,
    "gl_account_id" BIGINT NOT NULL REFERENCES "gl_account" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_journal_lin_entry_i_88e4ff" UNIQUE ("entry_id", "line_no")
) /* A debit or a credit in minor units; exactly one of the two is positive. */;
CREATE INDEX "idx_journal_lin_gl_acco_36896a" ON "journal_line" ("gl_account_id", "customer_id");
CREATE TABLE "received_payment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(40) NOT NULL UNIQUE,
    "document_date" DATE NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "memo" VARCHAR(1000) NOT NULL,
    "state" VARCHAR(6) NOT NULL /* POSTED: posted\nVOIDED: voided */,
    "created_at" TIMESTAMP NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "reference" VARCHAR(100) NOT NULL,
    "bank_account_id" BIGINT NOT NULL REFERENCES "bank_account" ("id") ON DELETE RESTRICT,
    "created_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "customer_id" BIGINT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "journal_entry_id" BIGINT REFERENCES "journal_entry" ("id") ON DELETE RESTRICT
) /* Money received from a customer; what is not applied to invoices is an overpayment. */;
CREATE INDEX "idx_received_pa_custome_9c8ce2" ON "received_payment" ("customer_id", "document_date");
CREATE INDEX "idx_received_pa_bank_ac_f4fa85" ON "received_payment" ("bank_account_id", "document_date");
CREATE TABLE "ar_credit" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* ADJUSTMENT: adjustment\nOVERPAYMENT: overpayment\nNEGATIVE_INVOICE: negative_invoice\nADVANCE: advance */,
    "currency" VARCHAR(3) NOT NULL,
    "document_number" VARCHAR(40) NOT NULL,
    "document_date" DATE NOT NULL,
    "original_minor" BIGINT NOT NULL,
    "open_minor" BIGINT NOT NULL,
    "has_positive_line" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "customer_id" BIGINT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "entity_id" BIGINT REFERENCES "entity" ("id") ON DELETE RESTRICT,
    "adjustment_id" BIGINT UNIQUE REFERENCES "ar_adjustment" ("id") ON DELETE RESTRICT,
    "payment_id" BIGINT UNIQUE REFERENCES "received_payment" ("id") ON DELETE RESTRICT,
    "invoice_id" BIGINT UNIQUE REFERENCES "invoice" ("id") ON DELETE RESTRICT,
    "advance_id" BIGINT UNIQUE REFERENCES "advance" ("id") ON DELETE RESTRICT
) /* A customer's credit balance left by one document: the thing a refund clears. */;
CREATE INDEX "idx_ar_credit_custome_79d603" ON "ar_credit" ("customer_id", "currency", "open_minor");
CREATE TABLE "credit_application" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "applied_on" DATE NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" BIGINT REFERENCES "app_user" ("id") ON DELETE RESTRICT,
    "credit_id" BIGINT NOT NULL REFERENCES "ar_credit" ("id") ON DELETE RESTRICT,
    "invoice_id" BIGINT NOT NULL REFERENCES "invoice" ("id") ON DELETE RESTRICT
) /* Part of a credit applied to an invoice (not refunded). */;
CREATE INDEX "idx_credit_appl_credit__b0a98d" ON "credit_application" ("credit_id");
CREATE INDEX "idx_credit_appl_invoice_85ce89" ON "credit_application" ("invoice_id");
CREATE TABLE "payment_application" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "invoice_id" BIGINT NOT NULL REFERENCES "invoice" ("id") ON DELETE RESTRICT,
    "payment_id" BIGINT NOT NULL REFERENCES "received_payment" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_payment_app_payment_2e33c7" UNIQUE ("payment_id", "invoice_id")
) /* The part of a received payment applied to one invoice. */;
CREATE INDEX "idx_payment_app_invoice_668530" ON "payment_application" ("invoice_id");
CREATE TABLE "refund" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "payment_method" VARCHAR(15) NOT NULL /* RECORD_TRANSFER: record_transfer */,
    "payment_date" DATE NOT NULL,
    "reference" VARCHAR(100) NOT NULL,
    "memo" VARCHAR(1000) NOT NULL,
    "state" VARCHAR(6) NOT NULL /* DRAFT: draft\nPOSTED: posted\nVOIDED: voided */,
    "total_minor" BIGINT NOT NULL,
    "version" INT NOT NULL,
    "sequence_number" BIGINT,
    "number" VARCHAR(40),
    "void_date" DATE,
    "void_reason" VARCHAR(500),
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "posted_at" TIMESTAMP,
    "voided_at" TIMESTAMP,
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
) /* A refund already paid outside the system: DRAFT -> POSTED -> VOIDED. */;
CREATE INDEX "idx_refund_custome_1831f8" ON "refund" ("customer_id", "state");
CREATE INDEX "idx_refund_entity__93264c" ON "refund" ("entity_id", "payment_date");
CREATE INDEX "idx_refund_bank_ac_84547e" ON "refund" ("bank_account_id", "payment_date");
CREATE TABLE "refund_allocation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "credit_id" BIGINT NOT NULL REFERENCES "ar_credit" ("id") ON DELETE RESTRICT,
    "refund_id" BIGINT NOT NULL REFERENCES "refund" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_refund_allo_refund__b8d916" UNIQUE ("refund_id", "credit_id")
) /* The amount of one credit that a refund clears; one line per credit per refund. */;
CREATE INDEX "idx_refund_allo_credit__df56f7" ON "refund_allocation" ("credit_id");
CREATE TABLE "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
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
    "Tic4TiofpI+iNRz1C8SvURSPTf+9IHcfdnzamPa+HZ+D9CHfin/NwKEOUA/WLo+/6T3OiL"
    "coB+0fWH+6oKLD5ROUAfGA1VZjRAaZE86KqVFlEpx4AXC0Of8ESMDasyeJHFTjheg/CXUU"
    "KwYVilADfg43VWwzUJt2SgO2FWJMELilUoPu+9cJw67Weqz7poRamwZzLyHHNCmzPLsZb4"
    "Fklx9M8VG+M7IBOiP5Dpp3C8JkIsHsOUpvAqPrvZ/A3HaSKuoomvYgVsxixa0g2++5DWPC"
    "S82s5kF7H7NLK6sdQqOAmeizX+g0xcb14wjLyXrJdrG9GrEx5I555p4LpUk+sS1VFCDdlx"
    "h5goBB7qFHiga0LOuj2hRAMpGicqFI2TdIrGSYKiEVsaVVGOiTUQ6vLZMOG2k2sjEcQggl"
    "M8V4/+eEcOf/o8F6UKTfOqob/llspT4mLdkHhDPg771ylsr1AkvjvrExf9hQzd2VqguPU/"
    "s6XJ9ww0XuqGq5vOS/ax/2ht166XAc4gEjbmAOgXV53f4jo4v+yfxXdcNsBZPHQwca38gf"
    "uoFCw6ELSvC/pZpb/YlC4htNDsvKbog6/gpIFYmCKuKrGw/eSKnWHzPsiKlLh0opfbWT6d"
    "Mb0xmqqpkjTGZJAvwzKjsOmX0WqzpCaW0xUkObQR+7VkynK9MPpwiSbYuQtEZSljZQ4Ndb"
    "sqvOS3M/xGEzpN89j7wf2N6wx7qHKcPUw/zh4mjrP8/zmgDe5voK/gUKnj5mFGw83DZL9N"
    "yAjbdkaY7mjMW/iQN4tAkNth9kCwekDyAPjwa+TDh0MwlCF/lmoACunuKaRQd3zndccTjJ"
    "1NO3sp83XqgnksEOXRvTSfELUxcTQve6ymqPES2ptixQZpEkTb9AueW/MFNp9aEp9gcKmd"
    "5Q+cRG5a6wrsM3+cJ4AWxEbMozPGDnnHqhxZj6bDKxzx3UAnTpu/mtyxAvvMtectYA7C5p"
    "RfWTpEVkdqWx8C7sEKW2HtDPcg+LC27MOCA/8zOfAnzjoq9mKw0m62qysfgao2Bfazqycy"
    "tGT7uyyNK2On57drOHb/2k3/U7C1BkUd+QiEbq8WC9f5SS/ohWm5fj1EMv0pua0XH0apSK"
    "L34wK2eCQTB8ji1dzVffVrMuJwes0xUepZFxyDNp4VcNyC7fRcbCeZ1gu0sEiIQtBkg2fP"
    "3/PzaiAUg6WvMPx7rDXzfBWQEa0KC8FvGFCJlp6vmSKUq3JE1wCFgFVqAYTc4KqXQKgrtr"
    "mrIIRbYgn4Npv3nbAeKsVRXpXzkTkrIqV+MnwU0btytLNgjoWwu2+bNfx17jB9yJPdgR/v"
    "iIkiHYJ1h/+MrH4WJY2u4scQIul0rrtLBzwYFfVgAG15a1m4VQv57JMSvoWIj7+wSAFe35"
    "YklN5dhK0VcnlzYN7qnLNGI6fIk74xe9fBO7oZGTGnTt4qaORtqj7eQvwNfEjQLr15Wg8w"
    "ymqXDjTrCnlMgN8bzLOtpsUC9TQXiRLbWljocFOo8lWFrCVefoPITYFqnM9T5sDcEKXmOS"
    "8FkIKW07x16GZI+V26L/3uRc3YFoAhDwz5+nHpEl3cJd5pWaf3dC/1qvFhtNf8enf1Ne9L"
    "6aCZZfMuwmS6aizsnKIFnRr6d/R39H/Etn5e0CMFvW6S7y7y+lm20S1e/DyzCUm6qksdGX"
    "jyFT7NtMEfvQ9/tPcI5QE3lNihkzSne7SwS7r0KiV0MUrt+Ju1gMQEd0cmOWjAShItkj+d"
    "sm+VwH44x4aRin5EbHfIn2wX+deHb05WWLMXWegOrzqXl0k4wbWbjnKzXLuFEmqwzSzgmX"
    "67tMtoStOxz6OjNfa4ucuDU10Q2ua5yXdqS05Lobs7/YwU+tZVeDzOcuzoUx3bT+hRd++Q"
    "7jos1RexvN9VBcB3CCO/1DN6tOx7B+kmlSKcm0NPPnEyjozSs70PgmNTpY0dODbtw66vGI"
    "1nt6bO9nk8bNXSipQgTAg2EPGS6xACSycd93oa9UqZXl4hkvxJRoIcJLmUluQSlqvZkLMR"
    "qY5TM0UoJwsIc7BGtI26nL4qwtqoKVzgA6k606WOGEV6Vm4KlNAls4FQRVtBbIhVrP1EA8"
    "EKcsE2bb2u3vG+jijtmmZWR4wClhldWOyNy2r5PLMuHatB/ONqEc3qCRqES0oPl0QivI50"
    "J7iix62Rxf4tN1u9Wl7jjPMn/1laLFwU/EibTTj6HEsLC1o2V8E9eeJW3GKhMYz9s+tKQ/"
    "5lIR/BvbOt5e1doBYtjDwJR97zzvC8c8F9RFo8SPIjMxAWFhiXxMKE6uPp4TCx4vlWO6lD"
    "mKmSYaY0elNGNCSN1wShpmSoiT7zRq5Y00qggaGPrQSb7nUzpSvz+pTxQLbKWLc6Q3rlFG"
    "HHIe6NednrnPUue6N/nyJDx2PdoJvKjdn938/8LfLnkr8edL90rz93T5HNXA5LQu/47VP3"
    "ekjfId8XxHQKJZj/oqC9X1J19wu00Fpnu0iX9c1aaBWlgoVe4zLyjqKuY8Xko6otZeA/bp"
    "zDr5ZTLKhjVsJT6Tu0mvxA7i13sjZobZOr2ZuS+cJyGZtnQCaWLR78Um9qZx1Z9fB2zQ7v"
    "X8vmHN0RNNNtx0XW0p1Yc+JVfQ8IlQ7dmTzuJav6Hn4Gomf7Nr1rYeAnMkWWSf/mDtIkjX"
    "MrnyA5WH9tRXwQzPXwOxy163DUZqqSHlTk4Pu3V/lsUvQceHyscg48Pk4/B7Jr4mnCWpDQ"
    "SlLFWBBqINInKgfuk/Tz9kniuO2vZnRA85bYC1uXNUtMBzxFvInQH6lAf5QO/VEDyuPppr"
    "awLUZ8dFr5UKfrqfZp0P8w6A6HrCzeapwb87x/9emyO+penPKGbMyTPi3izjg4UNDQwUGq"
    "htil+MPhLCzfuSLq6OOwf532RIQycRKuPnHRX8jQnfrGA2XYMjAEl0aA6Yurzm9xuM8v+2"
    "ccmwiDlg1wBkRoIEK3VgtAEb3HZEvQfH2ewSopOsAkuzBleOZRP8BEhIDsXhbZfenIAobb"
    "KolfNRWo0twjU69S1fADFpvMExMS3DL8L5Gb1qfQrjrovUPcBYfm+AmNCTLJLWYhnPaqI6"
    "5rudgILo+JYT3ywkCSbNlyxlRq3+fTIn09rgos8UZuUP++mm4WYDRsteaQ+BBITS45ygnB"
    "Z90msUh6LGTG5smMnZO5lQfd4P7GFcY6eKXEu2G3pfs6XsnbNaRwm9TcUTvmObW8GoR5HV"
    "Gf+kPua/Kkb8wv/d4Fe01NkGkxx9OJimcw3TEIKeDg+aA/gxqvubfgiMyGu299PB2SzZef"
    "C4q0KI4Jgk8hp9UeJf0YbF/Q2JQsoAip+O7U8apRuoC+wZXQguhsyKEDURAWpcIqgDY4+0"
    "Q/moGaXwkyadBFSS5/aEkUTLcSWhLJFv0SoM2Rw1+11V65dJC40yngK6wKJYDczMT2OM6y"
    "tRQ6Zpc6kzfumB2vv6PhxcLQJ2WknXiVeDrheA1aUoQJCzkUKij5BS5KnGB+kYuGzrBc0f"
    "v4Y5wObN8kI4v+8yxraRUjOfCnMp3oEDy0a8kOPH2I31lqhYSvq/G9PYB9imZakM9RnTNR"
    "G6UTDQJ1JVSQ3Z4kItYkV00ZHUqi3yCBanrkNibWuADuVvJl8JxlyRbxvcclmzSLd+zyCu"
    "vv5PZ3JURBDYXVIG7DOfZTQQ4UUJa7McIx3dCL0LzWwO2YJ0GcgwpeGrHm14b4CnXGGopw"
    "YqWtFJ/b90i2JMec4FI764jzR+QmqP/27A4xztN87JVMUrW2Q4nGsaUP1HiSGSxJqP+2i/"
    "pvRYtaQW2mvL7ffVSDrtok3kvpHAGz9L19henaDT4Mga5P2+qbBPkMuynnPVN4XqJr8kBs"
    "5PeCZQ0HPSNoeoowJ0OjR1t3icNL3tA7HSqE+Icmc7i28QEqCV0OxYLaynx+0mv+S2pR0D"
    "u/isF7L/YJmV4Vtl0iKkpoIZ0ELUpBEhIkIW0xCQk82rvzaMcWd+XzjCjWwDldfhJouHHm"
    "2v4EMXCXFvZXe6loBRK+BEHI96pTvhdw06vATS/KSoclr5wlr0CKUlwSHoKiOvBO3cTJrY"
    "KYIGigpDhpJHZTDq+9hstRXk67cpwUcl4Ukc2b8xKsBuVN24anY8SWTwWIV3teCRg3OxEj"
    "bh1AP/KtxpOgH3kuuKBx7XqM/NVRvtpB09qyE54a2gYFWvtCa98tI+QVDNMAqD1xKdKywW"
    "Ir2nomhXI2WKuDpmSsu4zLgJGX4Id0E/HUCUR14jrvEPlOhzCekGXyhkG8bu2jhXSHESN0"
    "VtBWUgO3vHGleWnRxO+0rLSvSWJsND8fSBPVJE1A1lr5WWv0USySSBUThPJlhcuXTYspIC"
    "4JGiimASi1u01ey14Lw1XMftxbXbgCFck2rkRW0T0TcmSfixoyQo97KqhVNV3kiJHlqaQF"
    "OZpbytHcf+29im2oqgCrld7bTwqspJyUxM0jLzqV7u2RlL1Sc/qwPtALbLtB+2fP+4v88R"
    "Afj752Le6a8UM88nbSxYaRunSCn+PpL5I1nvTrxC+CF6dyXhyo3lIByxTKhuybFCqsaTko"
    "oYIcKKCsQ8EijHBuaFDlj5lWTSHKBCRhLiqYrVAcp+TiOPsxWuMzXGKxSh6CdHM1TlpQs1"
    "WvqO34FBqXM9uas4iib+y/Q4932GUhQ9MSLM6Al8QuYRNZD8T2PzZpx27nIzZv38kyvsfY"
    "vI8dHKHJZ1U2miz7F5p8QpNPyK+vBWTQ5HMXuEKTTx9caPKZJDlAk8+aJn2Dm68CXiabzA"
    "jbknNVFRGEmrjbqG02WXtNfImTHMbU57tEGKb8JpQ66Ai6fy1AR9B9qwCqrlSh6gp0BK1c"
    "qAeqIwTTDTqCVp6WlGZlloDxGR2u+fQ6iXUNzVeh+WpNES6z+So0xYSmmPvENBfjgOeMS4"
    "kGQTZ5Fr9gdY9C2rN3N8IG880+oQXWp8hauo4+JTwT2XlyXDI/RReDzvsR+vkfyHPAs788"
    "17ss57mcQaXsWIfQ98wVU2T10o8aJzmyMcPDi3T8nqgiH7B7MikH4k3AOKgk4wBiuduO5Q"
    "aPwZw+l5ZkrqvFHJOj7ND7bpOJRXczipjpzDwTKk8UctA97w8utNGgcz183x2cItl4eV31"
    "KhmpB+kJqQeJfFRhuUpoKZ0bEpd71tQQCCrtJqgEBBEgiIhwT208c/OuzNykPEVc9sasPF"
    "vEtVxsFKENxAShIEaxwAXvTiVr+ZIKfERid6AfbBf0w4OjN0dvX58crbBevZMFcRLO+HEs"
    "15SWCEMUqOjE3jnvumqob5l4zXaQ3Ia1ILShVV0xvPMZ1RwIm2AnX7etmFjz5umxkul3nG"
    "H5HScNP2CkpqPfXEaq352zgNZFSdB6VbQeYBRRe6J0bWUajlVsma2vipNPtl+eOL+OBUHQ"
    "cZV1DBTrypyk9k6xBjVwLIFjvW8VAMcaONagi1ZoLUOTyz3qIMYEKuBnBg1sGDxh7rjNlq"
    "XUIUArm2il2NoUlwQdQA4O5OBU/zQAOTiVgrlYDk5glZQA84Vf22kYGbKZ60XMlINUp2ql"
    "OiWtO0BcEfFUw7iiGWZ1XaxVU8ygaXcRdBWbdkuPLwCuwhJRVnKkYVil5EZ6CWqd1XANWj"
    "m22vk0gVtq8p+I7bo0QA2Ltyv1xPBKkrF2Fqxhhd+11GXVf3GQ2kdPvth23vEbWMdJtCB2"
    "cCf707tN3iuj3OGlWYL+j/ebnXrNA6UdNGLXIJ2vcul8UFmvAj7F8DHJpQFBDOAvDL+wnK"
    "nDL4gB/GV5c8ME+w3NU+Xe8FVTg6qFKkxAwTw97wzPOxfdxLlVWkMiN7A5SkjUFVphaa1W"
    "vwyLA5s0X9n72SZrcMc6KzUdzfXdJsDMq6SZx/+fwD8jW8m/v3E9Io7VMkAyEkASPSIiXy"
    "sHwjGxxuVZb6cFOOTaNCzrIi3XJmEgqvjZFsSe645Tgp+NbpWfVoPVcDZsy8sWSYByiC1B"
    "+QqbTyOL/bvlAMhe95QMM5L/LC1mnAU/0mYzj65Cq7MOnWceiJbN8b8n7PllRpzGAPYN0J"
    "V6/MtMzL/k3tnW8vYu0IgWGHnS4wB9X4vbTj/WWpuRByHF7hQflWwLVFuIN5dqjH6NQhP5"
    "oLhnEqzUSlqp4tRIWlIKVa+EEapca4weJN9/vr4Yape94ejUd7k7Lw3dcW/M4NqXXvdf4b"
    "UHnTyG17oXvYgcO66G11hhlvAa244jY/Z7F5ExLX16Y3YG2nn/+n3vw+dB9xRh+yWdHjP9"
    "dmkTJvepPxgNtUG3w+UWlu06L5m1weUu+uefr7rX9IarznXnAxfXgvZnzktvZYkHKlQMyP"
    "KLCkTWhhxevsiCAj6+snx8/i61qYfPH6ZmKlD274VTT+7d248HihszEksgMHLS9//ArAEv"
    "1PPc35nu83qiojKN80YdKLmjDjL8UQcSh5TuLAz8pOVFOi7XPJeUUvmXw4zyL4fJ8i9kjn"
    "UjD8wrgebV1zk8PlLy+R1l+PyO4gDrjka3Cf1BMpfPLLpDYjNl6Y7KxbAeU8FtTeZgNdlt"
    "CYazfv9ScOed9WLL8/Xnq7MuXUw49vQm3U0Jh2ODU2J1VycyN1oW5nFRgF0ddvBtp68yzf"
    "JtQx2pJms9wCheR6pQRANPH9gR2NH8Z3yzsEbHG61+ZkZqOEMs9ntPNg38dBb6iA1Tw8dF"
    "CSNs01n6x9JxuXeupFlld1ZDNnRqUdgCj2gZNP6OfR4dramgLRmFijywmbYhXmyk7kNz55"
    "dPN4s20Srn2fSIevl6adURQH1K5gvLZU1mNK9ZyIZTrhcOOODjNXVH0M0HSy/Nwuh5ozV0"
    "lkUTRuWH4xxQNTPRNkasnxD9gZ5R/JY3JU2ygT+s3ymwseDxCG1ZkDWMCy+FysuH3RFSdZ"
    "5TYYMWAKp8alzI6tqMGlc0vF0ralzwI+PUuJBfKFLjIkHxOC0uxprbiBqX9NSlu8RzK1a5"
    "zlS9VRv+TFXlCgWqcqo3rAKWQ8GZRIcOsfUJ+4AE1cG/0s4kO4T3VIbq8Fx4Dht2XEpnMK"
    "Q2tMroqpLa0apSfMTCId8tpHmwhyoHwv7tDUR3K60g6Se6RFZw7uOwf50SYQxF4oEmfeKi"
    "vxCjrdYQ7QxwGRhCNCnA9MVV57c43OeX/bN4mIgNcCajQe6Stffj/wFMebOi"
)
