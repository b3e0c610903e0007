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
    "api_token_id" BIGINT REFERENCES "api_token" ("id") ON DELETE RESTRICT,
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
    "number" VARCHAR(40) NOT NULL,
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
CREATE INDEX "idx_advance_number_486e93" ON "advance" ("number");
CREATE INDEX "idx_advance_custome_d000fe" ON "advance" ("customer_id", "document_date");
CREATE INDEX "idx_advance_bank_ac_d630b2" ON "advance" ("bank_account_id", "document_date");
CREATE TABLE "ar_adjustment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(40) NOT NULL,
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
CREATE INDEX "idx_ar_adjustme_number_889e0a" ON "ar_adjustment" ("number");
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
    "number" VARCHAR(40) NOT NULL,
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
CREATE INDEX "idx_invoice_number_e4a8aa" ON "invoice" ("number");
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
    "number" VARCHAR(40) NOT NULL,
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
CREATE INDEX "idx_received_pa_number_5408d8" ON "received_payment" ("number");
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
    "payment_id" BIGINT UNIQUE REFERENCES "received_payment" ("id") ON DELETE RESTRICT,
    "advance_id" BIGINT UNIQUE REFERENCES "advance" ("id") ON DELETE RESTRICT,
    "adjustment_id" BIGINT UNIQUE REFERENCES "ar_adjustment" ("id") ON DELETE RESTRICT,
    "invoice_id" BIGINT UNIQUE REFERENCES "invoice" ("id") ON DELETE RESTRICT
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
    "number" VARCHAR(40) UNIQUE,
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
    "refund_id" BIGINT NOT NULL REFERENCES "refund" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_refund_allo_refund__b8d916" UNIQUE ("refund_id", "credit_id")
) /* The amount of one credit that a refund clears; one line per credit per refund. */;
CREATE INDEX "idx_refund_allo_credit__df56f7" ON "refund_allocation" ("credit_id");
CREATE TABLE "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
CREATE TABLE "user_role" (
    "app_user_id" BIGINT NOT NULL REFERENCES "app_user" ("id") ON DELETE CASCADE,
    "role_id" BIGINT NOT NULL REFERENCES "role" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "uidx_user_role_app_use_d13f4a" ON "user_role" ("app_user_id", "role_id");
CREATE TABLE "user_entity" (
    "app_user_id" BIGINT NOT NULL REFERENCES "app_user" ("id") ON DELETE CASCADE,
    "entity_id" BIGINT NOT NULL REFERENCES "entity" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "uidx_user_entity_app_use_8e60b0" ON "user_entity" ("app_user_id", "entity_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXf93mzi2/1d0/MvrnOfpadIk7aTv7DlO4nY9m8R9ttud3WYPxbaSMMHgAZw0b3f+9y"
    "cJMAgElgDbQO4P04lBV9ifK66u7td/dxb2HJvu6978UbdmuHOK/t2x9AX9I3mrizr6chnd"
    "oBc8fWqysXps0NT1HH3mkcu3uulicmmO3ZljLD3DtujgK9vCz8jBM2w84jma4lvbwUi3np"
    "FhPdrGDCP8w3A99zWdbm7PyHyGdadMubKMP1ZY8+w77N1jh9B/+xe5bFhz/AO79OO3zmzl"
    "evYCO5oxDx62WmDL0+a6hztk9LfOVLceNH02s1fksnAUnXT5oN0a2JxzAPqj2XXNe16ya2"
    "fG3cDyPrKxdKqpNrPN1cKKxi+fvXvbWhMYlkev3mELO+Rx9Ames6KoWivTDPAPgfZ/cjTE"
    "/60xmjm+1Vcm5Q2l9r9AdK2jadfDiTbuTzStk+JbSBFjSHBpZluU5+SrugyAO/oVfv7l8P"
    "Dt23eHb96evD8+evfu+P2b92Qs+77pW+/+9L9MhJY/FcNs8GlwPaFfyCYLy19w9MKfjEb3"
    "dJ+KsTRC31otpoTrKQ6c3+uOGP+IIsED8uOSPAgRz2NCeGFPXFjoPzQTW3fePfl49CYH4K"
    "+90flfe6NXR29+4lG+Du4cslsU7whf/i1IwXxBrophThEm0KaXPWOBX4f3y+MeCaIdAJ8D"
    "9EVv0k/AOFs5DrZmzyoLNU6zraW6U8j4tfpWYqm+zVypb5MLdYEXtgq64fjdIdvp7ATXgz"
    "dvZKQAHZaJrn+TB9j1hBKAItwnMpWhPCDfK9QQOLTXxDuEe2m7dEY10Dufh+NJ/+IU+dQ3"
    "1tfh4IJ+JorHHIeKgRJDTiS4cZLJipMkH2YOpkhpuicWx1SoZggUjjJPHtM/mihgyA+cDy"
    "3zOdiEc4CfDK7640nv6jN93MJ1/zBDyU3vHLKrz4mrKS6tJ0F/H0z+iuhH9M/hdZ/BS9bP"
    "ncOeGI2b/LNDv5O+8mzNsp80fR7TF8KrIWoc1/UFU00XhmULtJ08fTNJuVnzbAKnd6h8Rk"
    "xw8C2mW3KGGBTjzxG1cbeR22zy9pqkiBOcxuTXu4AYlnzhJR/uGdNnZUakSAuxIRCOL5wL"
    "vAFDgQc8IbwIhVlAjrKGp/4ScGTwAhRF/3d75Vi6qRE4HXUmiKiBFyq8oNbP2wehBc5f4W"
    "mGfLQdbNxZf8PPqaNhAvvABN1fT9QsLvwZLrfwavQVHf1pbTHmRQH5+eRHY48BMCKng9Hg"
    "fNIRCv0KoD2PTdUwaS+LbmKnk8A3rihWgPEZma4XzdZSmAXatQTUnACuAOtf/fn64XTtFB"
    "iibUtGbqz17gqQ/uJKSY2GIpw6omTAS7e/qT57eNKducbtg/SOfWgnrqzH8rc4Hs0NgdQ5"
    "CwiHFp7Y5J8RNnX24zMZ1HPO13O1g0kM7cXhIoHpQrf0O/Yt6XSUOERgaUzsB2x1RG7t8F"
    "4316+9NDRvPWyjZ7uHplh3sIMoF+murpuvETU7Ih2N/9r7+fD4BNm3yLvHiM2KDBeRzYkM"
    "/oAMj326t58sZJM3L+39rnx2GQ/5yvV3TnBz19TNrS+UjI7h+Bb6DbdicWRvkrZ08K3xQw"
    "XnJF0b8ZbxXx1kO7AOUh4sH7R73b1Xhzqkqgbo/UoW3kt4JOMmPMr2Ex6BoxAchaiDfywN"
    "MlsBrvOUFXC9nvpm3ZkcYpLLZVN3PY0obUXe7iQtcLrOnHbwI9n4ivCZpwQu15nL4fkrxe"
    "K8I1aMCBx7VbkzVm4lFndJu1ndWCBrOIstPWWTWSyoaTU3PA0/Yvr09NIPqD/+TcIKRmfq"
    "04kaK8fEdjBp26Kq0czpzX9fuR4N0e6IDGfx+91c45lDBB03dLMBzUK9EYqoPiAdWfiO8P"
    "gRI9vC1IilI99GimigrsBKVmiK8skiYB+rp30M0kAgDaRmSiikgUAaCKSBQBoIpIGAdbcq"
    "665ne7pZJAskQQj2gsKhqFPdpLJNm5ODRAFGCMl3x443reIFZCfUgguQnbBvFkB2AmQnvF"
    "xeQHYCZCfUG1317AQImYeQ+ToiXD5kPhbFYli4rOMv5qe6JNO1SIao+f8gt2AruQXJ5bXB"
    "VRouQUl3qWaG4zf5TLN/ucCn+a0Te4T/ltIHaZbtOzBj/k7wZ9bSnxmyK8WC8UI3zUwmxM"
    "jadJh+e/juZA0//ZAH+Piqd3mZPqPFv0EK1Wz/UIKsdW6iw+NjCb8EGZXpmWD3eKyhWFEN"
    "jBKpLUCBC0lSYENhNtyZhSsZpUiBDVWZhfiItZIHvmSsXMMYInvyS0kFiYN1tIQrwPnTZf"
    "vrK6Te+e1mpCsfh85t69a4Wzl6AIDgNMQP6W44DM1SozeHj46Qi73VEulekAa9RCZ+xCZ6"
    "9f27b8f8/p199Z+Q7aBb8h+NCPXvfEAOvl1Zc5o0rTsemhsu/TZzQYjp1h6zOQwVjmW1PJ"
    "YFPNWwxZgpYIVtm1i3shJyUtQJxkwJ+baE2/rKbqMgz4bDSzrzOrjmbJCA/frL1Vl/9OqA"
    "nTDIIMPLUKVWy3nBkCeeEkKe6hLyJMiNCr59TFVje4Tn2MUV6cwpwM0KAQdNRN/fSbTQ26"
    "XKBSE5cKMkN1xMMKChfQXZkaAHfhTlR7jbF4gKTJECFyAQp96BOLwwrwDgX6OZ2omwcPuT"
    "RzqU0xVAfRFkx41jU7Ya88QeJwF6WnffsSWxoYBnnnkkMI92wQqwbnc4VEphqJu91g/gER"
    "tq18E9+RbaaJhEacww0vG/3DD7Psh4QSa+JR+emZE0TAs+9S2r94QVSA9MpoioFLoj6AtZ"
    "5eQ31o01sGi8RDCTi16t6wewuDRkWK4xx4QynA89Gd49zQg0olE/IQs/YgfdYY8+w34iM3"
    "//fq+7WjiOxfh8/077WdrOnFYluCUQhiU8XbIJzaKvTG3N1H5CvvIHdt//1jcWNo07Y2qY"
    "RDVAzsqkP4sMXbn0e3rkqzyyL+xPiZ1HY4YLt8eMJxzbS2wF3ngofVBPm/QD+fFp/OXycU"
    "PaOueVd3oXv34ZT67615PTWMGPG2v4tT/63PuHf8MmL+FSf/bvXPc/9SaDr31tcP11ODjv"
    "n65Lg2hBB9kbq3fxtXdNb8Wa2u6/NCYUCNh2gYB1QQr1kiEC0hbiDcVDdq1kioAWFA+xHa"
    "ICWMXSv9O0EEtU2L4YU4rUmMDRAQMKMyClXis64oX04IpXcMVD9ZHsV6KZrniZ6iOQ6L93"
    "0Qd+932iH5wwleHn6SrB/8VYPuJB2+ykXiCdIU4H6Dc0nwR40AmsV8oM4OkAfYhoqHNEA5"
    "QWUUFXrrSITDkGfbk0jRlLxChZlcH3LPai+VqEvygkRDdNuxLgRmy+3nq6NuGWdnSnNrY0"
    "eGGxCsn3fRDN06T9TPZd5/dxmeiZnDxHRWgVsxwbiW+RFMfgbFca3xGeYeMRzz9H87URYv"
    "4oLLWE1/7Zcus3mqeNuPKHXBktoFxkUdRwRRRbxLVjyYkuihrAsIGVVsFJxbnY09/xzPPX"
    "BcXI/0i73nYRuTtjjnRmmYZYl3rGusR5lGJDvt8hQQqOhyY5HohMUKzbE1G0METjRCZE4y"
    "Q7ROMkFaKREI2yKCfIWgh19dEw0bajtJFwZODBKZ6rR368K4Y/e53zVIWWed3Q33Lz6Tn2"
    "dMMUWEN+HQ+vM6K9IpLk7mzMPPQfZBru1hzFnf+5XVlsz0DTlWF6huW+po/9S2e7er0IcA"
    "oRtzGHQL+66v2W5MH55fAsuePSCc6S7puZZ6s77uNUIHQKu86Whua3r1fGP0EJPIDAiaag"
    "n1d+jYqVCtw77c4tiwtfGUNZKCsqALa3NCbhVC0FNyFZJQAGh68ktjIO3/0kRJ7p1kOY+i"
    "uwW8Zvd/MMl1MyMJ6PLJMZSWlQQEPT/3QrqBXXpZl7NHExzOTpIvpr8ZwmNOro0yWa6e59"
    "SCrKi6xyaihOV+M9tZtjHJ2RZapyqA3HV2O12S8D+JrWMjabw2ybzWHKZsP+rwBtOL6FBr"
    "FDqbayhzldZQ/TTWUh7XHbaY+Gq1GT+KNqqgxHt8MUmVB6QIYMOKoa5KgCKwPU2n+RbIA4"
    "6d3HSUNx/Z0X10+FpZVtXycdlNYUzBPeVj+mUQui/kpHR6uGSDYUNVYnvixWdJI2QbRNu+"
    "C5vVjq1nNHYBMMb3Xz7IGz2KCNpsAhtcf5BGiJHUQtOlPdxR9oKS/7yXJZGS+2GxjY7bJP"
    "s3vaRYKa9nwB5iLdmrM7KxeLiqVt6yFgHqyxFtbNMQ+CDWvLNiw48L+QA3/qrCOjL4aStt"
    "yuLn0EqtsS2M+unkpDFO3volzFnJ2eDdf0xPiNm/7ncGsNK5eyGTDZXm3qrgsyu9Ary/aC"
    "op94/lN6Wy8+jVQlUP/HhSkRsXQzyIio564esF8TRcdnF9bjqV50VT3oVVsDwy3oTi9Fdx"
    "JxvUCflhQpOE1KvHvBnq/KgYgMRF9h+PdY0uflMiDHWxV1OygbQhvrr9AwRkiXnonLAAmH"
    "VWaVD2Vw5et8NBVb5VIf0ZZYAb7tDqxPaQ+1ilFe16wSGSti9axybBTxUQo9W6hhIWph3a"
    "Vdrd17nbzk6RbYT/fYQrE22IbLfkZe05aKZpexY3CedLLWvZULFoyaWjAgbHlrqeZ1c/ns"
    "MyR8Cx6fQLAIAd7ceyei3p2HrRPF8ipg3umd0246p8invrEG1+EVw4rNqMiT9xIceZ/Jj/"
    "fgfwMbUtR/T53rPCVwvS5cDzGKsT0VIQVh1jWymEB8b7jOtpoWC6GnSkGUuqNF1TzLQqVW"
    "+rSReAVdUMsC1Tqbp8iAWRKl9hkvOZDCvuqsP245pIJW9JdBi652bAsQIQ8R8s2LpbsIen"
    "GOaSk8qjcIrNOpMd08K/W6u6cbH77RXH3Nmq+66NZ2WKtsPF93z3ZP0ZIsDeMH+m/0f9ix"
    "f16SIwW5b+EfHvKbtnbRnb78+dbBOG2qrnRmiJOv8WmmC/bofdij/VdIBdyIYodGUkXzaG"
    "GTdOVVSogwymxrnSdAEoS7CyY5aIEkiXeCmM/pt0phP17oppmJfoxsd8ifbBf5t4fvTtZY"
    "0w956I6vepeXaTjBtJuNcrtMu4USanSHasC3xt3KqaLzUs85j8/W2uPmLg9OTUFom+emwK"
    "gtOC1F5u7sM1JkW5eJ43FXU9eYG7rzjJ4M7x4ZnktTfRHN+11XAPyAdBTUM0dPtvPgIsMi"
    "VJjF5pCTTzIYRxTSs70HwbGp1soOHJv2odfXLIxnt6rO9uN4qNTSipQgTBG2EPGK6xBClE"
    "427s1U6qUyvfxCJOpJRhwdJLlUluQSlaspGbMRq47TMEZIJwtwa7BBYRtNOX3VJGqjoXCB"
    "DaTukS5NxCjWmLUsUFwr2BZCFW8FURKrRPuJFoIV5oKVBCqeBtdClHYdZtZEjMIoMyJYnN"
    "JltYI4sz6Zq0Xxx/UKNGsmaOAuqdxdEvPwusKd4IoctyY2/bfabPV6WY1zzp/sZ2kJd1H4"
    "Ix264Mh7LCwsaDuMBQ/4mWlxy6VGMQ7OrmsOBbe5fATv3rFXd/chW7TI88Qdec974/PeBb"
    "MRaUknyZ+5jrCowLjAF8ZVH892h/EVzze6xLJ5AW6mGhuuujlupqzwphxvSFZcE7ia0q4m"
    "8s6bSr6mNUELXR9bcTY9GFZG6/HNKeMhbZ2x7vTG5M4p0l0XezfW5aB3NrgcTP5xikxDnx"
    "om2VRurP7/fmGX8B8r9nnU/9q//tI/RQ41OawwGfHb5/71mFzBP5bYcgslmP8iwb1fMnn3"
    "C7TQ2qS7CMV6uRZaRUPBIqtxFXlHcdOxZPJR3UQZ2I9bZ/Br5BIL65hV8FYGBq02v5B7y5"
    "1sDFrbjNUczPFiaXs0mmeEZ7bDH/wyB3XzjqxGNFxzovEbozkn9xjdGo7rIXvlzewF9qu+"
    "hwGVLtmZ/NhLWvU9egYiZ/suGbU09Wc8R7ZF/mYG0nQY51aeIDhYf+vEbBDU9PAvOGo34a"
    "hNWSU8qIjBD4bX+WxS9Bx4fCxzDjw+zj4H0nv8acJe4khLksWYI2oh0icyB+6T7PP2Seq4"
    "HUgzMqF1h52lY4iaJWYDnkHeRuiPZKA/yob+qAXl8QxLWzo2DXx0O2qoE3mqfR4NP4364z"
    "Eti7ee58Y6H159vuxP+henrCEbtaTPi5gzDg4kOHRwkMkheiv5crhLOzCu8Dz6dTy8znoj"
    "IppkEK4x89B/kGm4zfUHirClYHAmjRDTV1e935Jwn18Ozxg2sQhaOsEZBEJDIHRnLQCK8D"
    "1BWwHnm/MO1onRISb5hSmjM4/8ASZGBMHuVQW7r1yRw3BbJfHrxgLZMPfY0qtVNfwwik1k"
    "iYkC3HLsL7FBm1No1x30PiBmgkML/RlNMbLwnU5dON11R1zP9nQzvD3Fpv3ECgMJsmWrmV"
    "OqfV8QFhnwcV1giTVyg/r39TSz7D+iIS2h2lR0iH8LhDqXGOYU4Yvuk1gkPxZSY1VSYxd4"
    "YaugG45vXWWsgzdSgTd0WLax4424X0NGcJOcPWrHgU4dvwihqiXq83DMjE0+9Y31dTi4oJ"
    "+JDjIvZnk6kTENZlsGIQccTB/kZxDtVXkLjtGU3H2bY+oQbL7sYFCkR3GCEIwKimp7POrH"
    "pPuCRpdkAUYIyXfHjjet4gU0Dq4FF3hrgwIPeEIQSoVZAH1w9ol+PAVVnQkiauBFRTZ/6E"
    "kULrcKehKJhH4F0Cok8ddN2kvXDuJ3Ogl8OalQAcjtzGxP4iySpdAyu9KVXLpldrIAj6Yv"
    "l6YxqyLvxC/F04vma5FI4RYsJFHIoBRUuKhwgQVVLlq6wpTc98nXOBvYoYUnNvnnRRbTKh"
    "blwN7K7EiH8KXdGO3A8ofYyEpLJHxbz+/vAfQpmmVDQkd9zkRdlB1pELIrxYL8/iQxsjaZ"
    "aqpoURL/BilUsz23CbLWOXC3kjCjL2iabBHbe5KyTat4xyavqACPsr0rRQpsKMwGfhtW2E"
    "85OmBAVebGWJBpSStC+3oDdxOWBH4NSlhp+KJfJfHlCo21FOGUpK1VQHdgkewIjjnhrW7e"
    "Eef32CAoAPfiDjHu82Lq10yS1bYjitYVgDuQi5PMiZKEAnC7KABXtKoVFGdStf3uoxx03R"
    "bxXmrncJhl7+1rTDdu8JELdHPe1tDCKIiwm7O4ZwLPa3SNH7GDgmawtOOgrwTNT5HOgqHR"
    "k2N42GU1b8hIlxAh9tB0Etc2HiCT0eUSLIiuzNYnuRd8JBoFGfmNd977vk9I9aqx7hJjUY"
    "oL2UHQPBUkIUES0haTkMCivTuLdkK4S59neLIWrunqk0CjjVNp++PIwFxa2F7tp6IVSPji"
    "CCHfq0n5XhCbXofY9KJR6SDyqhF5BVKUkpTwEhTlgX/qxq4yCxKEwIGK/KQx3001ce0NFE"
    "eqMe3SflLIeZFEVjXnJZQG1S3blqdjJMSnBMTrPa8CjNudiJHUDqAh+Vb9SdCQXAku6Fy7"
    "GaNAOoqlHXStrTrhqaV9UKC3L/T23TJCfsEwDYDaUyxFVjZYQqJtjqSQzgbr9NAcTw2Pxj"
    "LoyE/wQ4aFWOoEIjzx3A8I/yBTmM/ItljHIFa49slGhksDIwxa0VZQBLe6eYV5afHE76ys"
    "tG/pwNh4fj4ETdQzaAKy1qrPWiOvYpFEqgQhlC8rXL5sXowBSUrgQDEOQKndbca17LUwXM"
    "30x73VhStQkax0JbKa7pmQI/tS2JDjetxTQa268ULBR6ZSSQtyNLeUo7n/2ns121BlAZYr"
    "vbefFFhBOSmBmUdcdCrb2iMoeyVn9KGNoJe644X9n33rLwrmQ2w+8tmzmWkmcPGI+0kXm0"
    "Zo0gl/js+/WNZ42q6TvAlWnNpZcaB6Sw00Uygbsu+gUE6mKYSEcnTAgKoOBcvIw1lSoVL3"
    "mdaNIdIBSNxalFBboThOxcVx9qO0Jle4QGMVvATZ6moyaEFOV70iuuNzpFzeOvaCehQDZf"
    "8DerrXPeoytGxO4wzjkugt3UL2I3aCx6b12O08onz/TprxPdWth8TBEbp81mWjydN/ocsn"
    "dPmEBPtmQAZdPneBK3T5DMCFLp/pKAfo8tnQrG+w89XAzOTgW0y3ZKWyIhxRG3cbuc0mb6"
    "9JijjBaUx+vQuIYcmXiamDlqD75wK0BN03C6DsSh3KrkBL0Nr5eqA8QrjcoCVo7eOSsrTM"
    "CjA+I9O1P75OoF1D91XovtpQhKvsvgpdMaEr5j4xVQo5YEnjwkiDMJ08L8BgPUYi79kfjX"
    "ST2maf0VI35sheea4xxywV2X12Pbw4RRej3scJ+vkvyDfA079807so6bmaSYXhsS4m16x1"
    "qMj6Y+A2TgfJJhQP39Pxr1QZ+TC8JzfmgB8EIQe1DDkAX+62fbnha7Ag76UtWOtyPsf0LD"
    "u0vjt4ZpPdjCBmube+CqXihRz1z4ejC20y6l2PP/ZHp0g0n6qpXiYl9SA7I/UglZDKiasU"
    "l7JjQ5J0Lzo0BJxKu3EqQYAIBIjwcM8d/dZTlcxMpTxFjPbGqn20iGd7ulkkbCBBCBUxij"
    "kuWHsqUc+XTOBjFLsD/WC7oB8eHL07ev/25GiN9fpKHsRpOJPHMaUlLSAGL1DRhb3zwOsk"
    "6jVqF1p92DXdP5TVao6opE5dszWuplIzIBysu2rNthJklazSfcsGbp0eSyl+xzl633Fa7Y"
    "N41Gz02xuPGjTnLMB1nhK4XheuhxjF2J6qXFubfmM1E7PNZXH6zQ6qE6vzmCMEHteZxxBg"
    "XZtz1N4DrIENDEuIsN43CyDCGiKsgRedSFuGHpd75EEiDqiAlRk4UNJ1Qs1x5cRS5hTAlT"
    "JcKSabkpTAA8jAgQyc+p8GIAOnVjAXy8AJtZIKYL4IKjuNY1O2U14kVDlIdKpXolNauwPE"
    "JRHPVIxrml/WVGEtm2AGPbuLoCvZs1t4fAFwJUREVamRpmlXkhnpp6f11tO1SHJstfFpCr"
    "fM1D8e201JgJrOD5dqieEXJKPdLGi/iqBpqUeL/+phYh85+eqO+4ENoA0n0RI74Uj6pz9M"
    "3Cqj2umFOYLBjw96nfq9A4UNNBL3IJmvdsl8UFevBjbF6DVR4gBHBvAXhp8TZ/Lwc2QAf1"
    "XW3Ci9vqR6Kt0avm5skNVQuQUod3AVlpBQRlahgkRTseVka736ZdgM2LT+Sq/n66zhiE1q"
    "ajaam7tNgJ5XSz2P/T+Ff06yUjC+mnTUGuUqHculgORkgKRaRMS+lgLCCbLWpVlvpwU4JN"
    "u0LO0iK9kmpSHKGNqW2FkYrluBoY1slZ/XkzVwNWzLzBbLgHKxI0D5SreeJzb9d8sekL3u"
    "KTlqJPtZWkI5C3+kQ1cekULrww5ZZz6ItsPwf8D0/aVKnEYBDhTQNXuC25QsuOXdO/bq7j"
    "7kiBYqeZzOet4bn/cu2KupJXWnPzdqm7EXIUPv5F+VfA1UW/KDK1VGv8WhiT0oaZoELbWW"
    "Wiq/NNKalETRK26GOpcaIwfJj1+uL8ba5WA8OQ1s7u5r03C9Gyu893XQ/3t079HAT9G9/s"
    "UgRkePq9E9Wpcluke349icw8FFbE7bmN9YvZF2Prz+OPj0ZdQ/RbrzmiyPW+Nu5WBK93k4"
    "moy1Ub/H6Ja247mvqbbB6C6G51+u+tdkwFXvuveJkWth9zP3tS9Zkp4KGQWy+qoCMdmgYO"
    "aLCRQw8lVl5At2qbImvmCahrFA2sAXLT3hdr4nCxRTZgSaQKjkZO//oVoDVqiXub9T3qta"
    "ouI0rbNGHUiZow5y7FEHAoOU4S5N/VlTRTpJ1z6TlFT9l8Oc+i+H6foveKEbpgrMa4L2Fd"
    "g5PD6Ssvkd5dj8jpIAG65GtgnjUbCWz2yyQ+pWhuiO0yWwnhLCbS3mUJrstgbD2XB4yZnz"
    "zgYJ8Xz95eqsT4QJw54MMrwMf7husphYwzOwyIyWh3mSFGCXhx1s29lSpl22bSgk1Wauhx"
    "glC0kV8mjo80d6BHa14B0v59bo+bM1T83IdGfwtX4fcFnHT29pTOg0DXxdpDDSHbJKf1+5"
    "HrPOVbSqnN56ypYuLQJbaBGtIo6/55zHZ2sraCsaQoUf6UoriRedqf/Y3vUVhJvFe2hV82"
    "76gXpqrbSaCKAxx4ul7dEeM5rfK6TkkhtEE47YfG3dEQzr0TYq0zAG/mwtXWXxjFHx4VgB"
    "qnZm2iYi62fYeCRnlKDjTUWLbBRMGzQKbC14zENbFWQtC4YXQuUnxO4IqSavqag/CwBVfW"
    "hcFNVVLjSuqHu7UaFx4Y9MhsZF8YV8aFzMKZ4Mi0tEzZUKjUtb6rJN4sqMlS401WzWRj9T"
    "lrlchSpF9kZlwBQYnBvo0MOOMaMPSIU6BHe6ucEO0ZjahDq8lDiHkg2XsiMYMvtZ5bRVyW"
    "xoVat4xMIu3y2kedCXSgHhYHgL0d1KJ0jyRA+LKs79Oh5eZ3gYI5Kko8mYeeg/iIatNhDt"
    "HHApGJw3KcT01VXvtyTc55fDs6SbiE5wJgqD3GXU3p//D48IBpc="
)
