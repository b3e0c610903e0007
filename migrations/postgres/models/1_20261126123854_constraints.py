from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "advance" ADD CONSTRAINT "ck_advance_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency AND substr(currency, 1, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 2, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 3, 1) BETWEEN 'A' AND 'Z');
CREATE UNIQUE INDEX "uq_advance_number" ON "advance" ((COALESCE(entity_id, 0)), (number));
ALTER TABLE "advance" ADD CONSTRAINT "ck_advance_amount_positive" CHECK (amount_minor > 0);
ALTER TABLE "ar_adjustment" ADD CONSTRAINT "ck_ar_adjustment_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency AND substr(currency, 1, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 2, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 3, 1) BETWEEN 'A' AND 'Z');
CREATE UNIQUE INDEX "uq_ar_adjustment_number" ON "ar_adjustment" ((COALESCE(entity_id, 0)), (number));
ALTER TABLE "ar_adjustment" ADD CONSTRAINT "ck_ar_adjustment_total_nonzero" CHECK (total_minor <> 0);
ALTER TABLE "ar_adjustment" ADD CONSTRAINT "ck_ar_adjustment_balance_due_range" CHECK (balance_due_minor >= 0 AND balance_due_minor <= CASE WHEN total_minor > 0 THEN total_minor ELSE 0 END);
ALTER TABLE "ar_adjustment_line" ADD CONSTRAINT "ck_ar_adjustment_line_amount_nonzero" CHECK (amount_minor <> 0);
ALTER TABLE "ar_configuration" ADD CONSTRAINT "ck_ar_configuration_enabled_complete" CHECK (NOT refunds_enabled OR (refund_journal_id IS NOT NULL AND refund_sequence_id IS NOT NULL AND ar_control_account_id IS NOT NULL));
CREATE UNIQUE INDEX "uq_ar_configuration_scope" ON "ar_configuration" ((COALESCE(entity_id, 0)));
ALTER TABLE "ar_credit" ADD CONSTRAINT "ck_ar_credit_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency AND substr(currency, 1, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 2, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 3, 1) BETWEEN 'A' AND 'Z');
ALTER TABLE "ar_credit" ADD CONSTRAINT "ck_ar_credit_original_positive" CHECK (original_minor > 0);
ALTER TABLE "ar_credit" ADD CONSTRAINT "ck_ar_credit_open_range" CHECK (open_minor >= 0 AND open_minor <= original_minor);
ALTER TABLE "ar_credit" ADD CONSTRAINT "ck_ar_credit_one_source" CHECK ((kind = 'negative_invoice' AND invoice_id IS NOT NULL AND adjustment_id IS NULL AND payment_id IS NULL AND advance_id IS NULL) OR (kind = 'adjustment' AND invoice_id IS NULL AND adjustment_id IS NOT NULL AND payment_id IS NULL AND advance_id IS NULL) OR (kind = 'overpayment' AND invoice_id IS NULL AND adjustment_id IS NULL AND payment_id IS NOT NULL AND advance_id IS NULL) OR (kind = 'advance' AND invoice_id IS NULL AND adjustment_id IS NULL AND payment_id IS NULL AND advance_id IS NOT NULL));
ALTER TABLE "bank_account" ADD CONSTRAINT "ck_bank_account_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency AND substr(currency, 1, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 2, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 3, 1) BETWEEN 'A' AND 'Z');
ALTER TABLE "credit_application" ADD CONSTRAINT "ck_credit_application_amount_positive" CHECK (amount_minor > 0);
ALTER TABLE "document_sequence" ADD CONSTRAINT "ck_document_sequence_next_positive" CHECK (next_number >= 1);
ALTER TABLE "document_sequence" ADD CONSTRAINT "ck_document_sequence_padding_range" CHECK (padding >= 0 AND padding <= 18);
ALTER TABLE "entity" ADD CONSTRAINT "ck_entity_base_currency_iso" CHECK (length(base_currency) = 3 AND upper(base_currency) = base_currency AND substr(base_currency, 1, 1) BETWEEN 'A' AND 'Z' AND substr(base_currency, 2, 1) BETWEEN 'A' AND 'Z' AND substr(base_currency, 3, 1) BETWEEN 'A' AND 'Z');
ALTER TABLE "invoice" ADD CONSTRAINT "ck_invoice_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency AND substr(currency, 1, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 2, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 3, 1) BETWEEN 'A' AND 'Z');
CREATE UNIQUE INDEX "uq_invoice_number" ON "invoice" ((COALESCE(entity_id, 0)), (number));
ALTER TABLE "invoice" ADD CONSTRAINT "ck_invoice_balance_due_range" CHECK (balance_due_minor >= 0 AND balance_due_minor <= CASE WHEN total_minor > 0 THEN total_minor ELSE 0 END);
ALTER TABLE "invoice_line" ADD CONSTRAINT "ck_invoice_line_amount_nonzero" CHECK (amount_minor <> 0);
ALTER TABLE "journal_entry" ADD CONSTRAINT "ck_journal_entry_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency AND substr(currency, 1, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 2, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 3, 1) BETWEEN 'A' AND 'Z');
ALTER TABLE "journal_line" ADD CONSTRAINT "ck_journal_line_one_side" CHECK ((debit_minor > 0 AND credit_minor = 0) OR (credit_minor > 0 AND debit_minor = 0));
ALTER TABLE "payment_application" ADD CONSTRAINT "ck_payment_application_amount_positive" CHECK (amount_minor > 0);
ALTER TABLE "received_payment" ADD CONSTRAINT "ck_received_payment_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency AND substr(currency, 1, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 2, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 3, 1) BETWEEN 'A' AND 'Z');
CREATE UNIQUE INDEX "uq_received_payment_number" ON "received_payment" ((COALESCE(entity_id, 0)), (number));
ALTER TABLE "received_payment" ADD CONSTRAINT "ck_received_payment_amount_positive" CHECK (amount_minor > 0);
ALTER TABLE "refund" ADD CONSTRAINT "ck_refund_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency AND substr(currency, 1, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 2, 1) BETWEEN 'A' AND 'Z' AND substr(currency, 3, 1) BETWEEN 'A' AND 'Z');
ALTER TABLE "refund" ADD CONSTRAINT "ck_refund_payment_method" CHECK (payment_method = 'record_transfer');
ALTER TABLE "refund" ADD CONSTRAINT "ck_refund_total_not_negative" CHECK (total_minor >= 0);
ALTER TABLE "refund" ADD CONSTRAINT "ck_refund_version_positive" CHECK (version >= 1);
ALTER TABLE "refund" ADD CONSTRAINT "ck_refund_number_iff_posted" CHECK ((state = 'draft' AND sequence_id IS NULL AND sequence_number IS NULL AND number IS NULL AND journal_entry_id IS NULL AND posted_at IS NULL AND posted_by_id IS NULL) OR (state <> 'draft' AND sequence_id IS NOT NULL AND sequence_number IS NOT NULL AND number IS NOT NULL AND journal_entry_id IS NOT NULL AND posted_at IS NOT NULL AND posted_by_id IS NOT NULL AND total_minor > 0));
ALTER TABLE "refund" ADD CONSTRAINT "ck_refund_void_iff_voided" CHECK ((state = 'voided' AND void_journal_entry_id IS NOT NULL AND void_date IS NOT NULL AND voided_at IS NOT NULL AND voided_by_id IS NOT NULL AND void_reason IS NOT NULL AND void_reason <> '') OR (state <> 'voided' AND void_journal_entry_id IS NULL AND void_date IS NULL AND voided_at IS NULL AND voided_by_id IS NULL AND void_reason IS NULL));
ALTER TABLE "refund_allocation" ADD CONSTRAINT "ck_refund_allocation_amount_positive" CHECK (amount_minor > 0);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "refund_allocation" DROP CONSTRAINT IF EXISTS "ck_refund_allocation_amount_positive";
ALTER TABLE "refund" DROP CONSTRAINT IF EXISTS "ck_refund_void_iff_voided";
ALTER TABLE "refund" DROP CONSTRAINT IF EXISTS "ck_refund_number_iff_posted";
ALTER TABLE "refund" DROP CONSTRAINT IF EXISTS "ck_refund_version_positive";
ALTER TABLE "refund" DROP CONSTRAINT IF EXISTS "ck_refund_total_not_negative";
ALTER TABLE "refund" DROP CONSTRAINT IF EXISTS "ck_refund_payment_method";
ALTER TABLE "refund" DROP CONSTRAINT IF EXISTS "ck_refund_currency_iso";
ALTER TABLE "received_payment" DROP CONSTRAINT IF EXISTS "ck_received_payment_amount_positive";
DROP INDEX IF EXISTS "uq_received_payment_number";
ALTER TABLE "received_payment" DROP CONSTRAINT IF EXISTS "ck_received_payment_currency_iso";
ALTER TABLE "payment_application" DROP CONSTRAINT IF EXISTS "ck_payment_application_amount_positive";
ALTER TABLE "journal_line" DROP CONSTRAINT IF EXISTS "ck_journal_line_one_side";
ALTER TABLE "journal_entry" DROP CONSTRAINT IF EXISTS "ck_journal_entry_currency_iso";
ALTER TABLE "invoice_line" DROP CONSTRAINT IF EXISTS "ck_invoice_line_amount_nonzero";
ALTER TABLE "invoice" DROP CONSTRAINT IF EXISTS "ck_invoice_balance_due_range";
DROP INDEX IF EXISTS "uq_invoice_number";
ALTER TABLE "invoice" DROP CONSTRAINT IF EXISTS "ck_invoice_currency_iso";
ALTER TABLE "entity" DROP CONSTRAINT IF EXISTS "ck_entity_base_currency_iso";
ALTER TABLE "document_sequence" DROP CONSTRAINT IF EXISTS "ck_document_sequence_padding_range";
ALTER TABLE "document_sequence" DROP CONSTRAINT IF EXISTS "ck_document_sequence_next_positive";
ALTER TABLE "credit_application" DROP CONSTRAINT IF EXISTS "ck_credit_application_amount_positive";
ALTER TABLE "bank_account" DROP CONSTRAINT IF EXISTS "ck_bank_account_currency_iso";
ALTER TABLE "ar_credit" DROP CONSTRAINT IF EXISTS "ck_ar_credit_one_source";
ALTER TABLE "ar_credit" DROP CONSTRAINT IF EXISTS "ck_ar_credit_open_range";
ALTER TABLE "ar_credit" DROP CONSTRAINT IF EXISTS "ck_ar_credit_original_positive";
ALTER TABLE "ar_credit" DROP CONSTRAINT IF EXISTS "ck_ar_credit_currency_iso";
DROP INDEX IF EXISTS "uq_ar_configuration_scope";
ALTER TABLE "ar_configuration" DROP CONSTRAINT IF EXISTS "ck_ar_configuration_enabled_complete";
ALTER TABLE "ar_adjustment_line" DROP CONSTRAINT IF EXISTS "ck_ar_adjustment_line_amount_nonzero";
ALTER TABLE "ar_adjustment" DROP CONSTRAINT IF EXISTS "ck_ar_adjustment_balance_due_range";
ALTER TABLE "ar_adjustment" DROP CONSTRAINT IF EXISTS "ck_ar_adjustment_total_nonzero";
DROP INDEX IF EXISTS "uq_ar_adjustment_number";
ALTER TABLE "ar_adjustment" DROP CONSTRAINT IF EXISTS "ck_ar_adjustment_currency_iso";
ALTER TABLE "advance" DROP CONSTRAINT IF EXISTS "ck_advance_amount_positive";
DROP INDEX IF EXISTS "uq_advance_number";
ALTER TABLE "advance" DROP CONSTRAINT IF EXISTS "ck_advance_currency_iso";"""


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
    "0Qd+932iH5wwleHn6SrB/8VYPuJB2+ykXiCdIU4H6BdDP7CcKKPP0wH6Dc3meaE8gIgGKC"
    "1Sb3TlSovIlGPQl0vTmLFEjJJVGXzPYi+ar0X4i0JCdNO0KwFuxObrradrE25pR3dKuUiD"
    "FxarkHzfB9E8TdrPZN91XpeSiZ7JyXNUhFYxy7GR+BZJcQzOdqXxHeEZNh7x/HM0Xxsh5o"
    "/CUkt47Z8tt36jedqIK3/IldECykUWRQ1XRLFFXDuWnOiiqAEMG1hpFZxUnIs9/R3PPH9d"
    "UIz8j7TrbReRuzPmSGeWaYh1qWesS5xHKTbk+x0SpOB4aJLjgcgExbo9EUULQzROZEI0Tr"
    "JDNE5SIRoJ0SiLcoKshVBXHw0TbTtKGwlHBh6c4rl65Me7Yviz1zlPVWiZ1w39LTefnmNP"
    "N0yBNeTX8fA6I9orIknuzsbMQ/9BpuFuzVHc+Z/blcX2DDRdGaZnWO5r+ti/dLar14sApx"
    "BxG3MI9Kur3m9JHpxfDs+SOy6d4CzpQJh5trrjPk4FQqew82ZpaH77emX8E5TAAwicaAr6"
    "eeXXqFipwL3T7tyyuPCVMZSFsqICYHtLYxJO1VJwE5JVAmBw+EpiK+Pw3U9C5JluPYSpvw"
    "K7Zfx2N89wOSUD4/nIMpmRlAYFNDT9T7eCWnFdmrlHExfDTJ4uor8Wz2lCo44+XaKZ7t6H"
    "pKK8yCqnhuJ0Nd5TuznG0RlZpiqH2nB8NVab/TKAr2ktY7M5zLbZHKZsNuz/CtCG41toED"
    "uUait7mNNV9jDdVBbSHred9mi4GjWJP6qmynB0O0yRCaUHZMiAo6pBjiqwMkCt/RfJBoiT"
    "3n2cNBTX33lx/VRYWtn2ddJBaU3BPOFt9WMatSDqr3R0tGqIZENRY3Xiy2JFJ2kTRNu0C5"
    "7bi6VuPXcENsHwVjfPHjiLDdpoChxSe5xPgJbYQdSiM9Vd/IGW8rKfLJeV8WK7gYHdLvs0"
    "u6ddJKhpzxdgLtKtObuzcrGoWNq2HgLmwRprYd0c8yDYsLZsw4ID/ws58KfOOjL6Yihpy+"
    "3q0kegui2B/ezqqTRE0f4uylXM2enZcE1PjN+46X8Ot9awcimbAZPt1abuuiCzC72ybC8o"
    "+onnP6W39eLTSFUC9X9cmBIRSzeDjIh67uoB+zVRdHx2YT2e6kVX1YNetTUw3ILu9FJ0Jx"
    "HXC/RpSZGC06TEuxfs+aociMhA9BWGf49llV4uA3K8VVG3g7IhtLH+Cg1jhHTpmbgMkHBY"
    "ZVb5UAZXvs5HU7FVLvURbYkV4NvuwPqU9lCrGOV1zSqRsSJWzyrHRhEfpdCzhRoWohbWXd"
    "rV2r3XyUueboH9dI8tFGuDbbjsZ+Q1balodhk7BudJJ2vdW7lgwaipBQPClreWal43l88+"
    "Q8K34PEJBIsQ4M29dyLq3XnYOlEsrwLmnd457aZzinzqG2twHV4xrNiMijx5L8GR95n8eA"
    "/+N7AhRf331LnOUwLX68L1EKMY21MRUhBmXSOLCcT3hutsq2mxEHqqFESpO1pUzbMsVGql"
    "TxuJV9AFtSxQrbN5igyYJVFqn/GSAynsq87645ZDKmhFfxm06GrHtgAR8hAh37xYuougF+"
    "eYlsKjeoPAOp0a082zUq+7e7rx4RvN1des+aqLbm2HtcrG83X3bPcULcnSMH6g/0b/hx37"
    "5yU5UpD7Fv7hIb9paxfd6cufbx2M06bqSmeGOPkan2a6YI/ehz3af4VUwI0odmgkVTSPFj"
    "ZJV16lhAijzLbWeQIkQbi7YJKDFkiSeCeI+Zx+qxT244Vumpnox8h2h/zJdpF/e/juZI01"
    "/ZCH7viqd3mZhhNMu9kot8u0WyihRneoBnxr3K2cKjov9Zzz+GytPW7u8uDUFIS2eW4KjN"
    "qC01Jk7s4+I0W2dZk4Hnc1dY25oTvP6Mnw7pHhuTTVF9G833UFwA9IR0E9c/RkOw8uMixC"
    "hVlsDjn5JINxRCE923sQHJtqrezAsWkfen3Nwnh2q+psP46HSi2tSAnCFGELEa+4DiFE6W"
    "Tj3kylXirTyy9Eop5kxNFBkktlSS5RuZqSMRux6jgNY4R0sgC3BhsUttGU01dNojYaChfY"
    "QOoe6dJEjGKNWcsCxbWCbSFU8VYQJbFKtJ9oIVhhLlhJoOJpcC1EaddhZk3EKIwyI4LFKV"
    "1WK4gz65O5WhR/XK9As2aCBu6Syt0lMQ+vK9wJrshxa2LTf6vNVq+X1Tjn/Ml+lpZwF4U/"
    "0qELjrzHwsKCtsNY8ICfmRa3XGoU4+DsuuZQcJvLR/DuHXt1dx+yRYs8T9yR97w3Pu9dMB"
    "uRlnSS/JnrCIsKjAt8YVz18Wx3GF/xfKNLLJsX4GaqseGqm+NmygpvyvGGZMU1gasp7Woi"
    "77yp5GtaE7TQ9bEVZ9ODYWW0Ht+cMh7S1hnrTm9M7pwi3XWxd2NdDnpng8vB5B+nyDT0qW"
    "GSTeXG6v/vF3YJ/7Fin0f9r/3rL/1T5FCTwwqTEb997l+PyRX8Y4ktt1CC+S8S3Pslk3e/"
    "QAutTbqLUKyXa6FVNBQsshpXkXcUNx1LJh/VTZSB/bh1Br9GLrGwjlkFb2Vg0GrzC7m33M"
    "nGoLXNWM3BHC+WtkejeUZ4Zjv8wS9zUDfvyGpEwzUnGr8xmnNyj9Gt4bgeslfezF5gv+p7"
    "GFDpkp3Jj72kVd+jZyBytu+SUUtTf8ZzZFvkb2YgTYdxbuUJgoP1t07MBkFND/+Co3YTjt"
    "qUVcKDihj8YHidzyZFz4HHxzLnwOPj7HMgvcefJuwljrQkWYw5ohYifSJz4D7JPm+fpI7b"
    "gTQjE1p32Fk6hqhZYjbgGeRthP5IBvqjbOiPWlAez7C0pWPTwEe3o4Y6kafa59Hw06g/Ht"
    "OyeOt5bqzz4dXny/6kf3HKGrJRS/q8iDnj4ECCQwcHmRyit5Ivh7u0A+MKz6Nfx8PrrDci"
    "okkG4RozD/0HmYbbXH+gCFsKBmfSCDF9ddX7LQn3+eXwjGETi6ClE5xBIDQEQnfWAqAI3x"
    "O0FXC+Oe9gnRgdYpJfmDI688gfYGJEEOxeVbD7yhU5DLdVEr9uLJANc48tvVpVww+j2ESW"
    "mCjALcf+Ehu0OYV23UHvA2ImOLTQn9EUIwvf6dSF0113xPVsTzfD21Ns2k+sMJAgW7aaOa"
    "Xa9wVhkQEf1wWWWCM3qH9fTzPL/iMa0hKqTUWH+LdAqHOJYU4Rvug+iUXyYyE1ViU1doEX"
    "tgq64fjWVcY6eCMVeEOHZRs73oj7NWQEN8nZo3Yc6NTxixCqWqI+D8fM2ORT31hfh4ML+p"
    "noIPNilqcTGdNgtmUQcsDB9EF+BtFelbfgGE3J3bc5pg7B5ssOBkV6FCcIwaigqLbHo35M"
    "ui9odEkWYISQfHfseNMqXkDj4Fpwgbc2KPCAJwShVJgF0Adnn+jHU1DVmSCiBl5UZPOHnk"
    "ThcqugJ5FI6FcArUISf92kvXTtIH6nk8CXkwoVgNzOzPYkziJZCi2zK13JpVtmJwvwaPpy"
    "aRqzKvJO/FI8vWi+FokUbsFCEoUMSkGFiwoXWFDloqUrTMl9n3yNs4EdWnhik39eZDGtYl"
    "EO7K3MjnQIX9qN0Q4sf4iNrLREwrf1/P4eQJ+iWTYkdNTnTNRF2ZEGIbtSLMjvTxIja5Op"
    "pooWJfFvkEI123ObIGudA3crCTP6gqbJFrG9JynbtIp3bPKKCvAo27tSpMCGwmzgt2GF/Z"
    "SjAwZUZW6MBZmWtCK0rzdwN2FJ4NeghJWGL/pVEl+u0FhLEU5J2loFdAcWyY7gmBPe6uYd"
    "cX6PDYICcC/uEOM+L6Z+zSRZbTuiaF0BuAO5OMmcKEkoALeLAnBFq1pBcSZV2+8+ykHXbR"
    "HvpXYOh1n23r7GdOMGH7lAN+dtDS2Mggi7OYt7JvC8Rtf4ETsoaAZLOw76StD8FOksGBo9"
    "OYaHXVbzhox0CRFiD00ncW3jATIZXS7BgujKbH2Se8FHolGQkd94573v+4RUrxrrLjEWpb"
    "iQHQTNU0ESEiQhbTEJCSzau7NoJ4S79HmGJ2vhmq4+CTTaOJW2P44MzKWF7dV+KlqBhC+O"
    "EPK9mpTvBbHpdYhNLxqVDiKvGpFXIEUpSQkvQVEe+Kdu7CqzIEEIHKjITxrz3VQT195Aca"
    "Qa0y7tJ4WcF0lkVXNeQmlQ3bJteTpGQnxKQLze8yrAuN2JGEntABqSb9WfBA3JleCCzrWb"
    "MQqko1jaQdfaqhOeWtoHBXr7Qm/fLSPkFwzTAKg9xVJkZYMlJNrmSArpbLBOD83x1PBoLI"
    "OO/AQ/ZFiIpU4gwhPP/YDwDzKF+Yxsi3UMYoVrn2xkuDQwwqAVbQVFcKubV5iXFk/8zspK"
    "+5YOjI3n50PQRD2DJiBrrfqsNfIqFkmkShBC+bLC5cvmxRiQpAQOFOMAlNrdZlzLXgvD1U"
    "x/3FtduAIVyUpXIqvpngk5si+FDTmuxz0V1KobLxR8ZCqVtCBHc0s5mvuvvVezDVUWYLnS"
    "e/tJgRWUkxKYecRFp7KtPYKyV3JGH9oIeqk7Xtj/2bf+omA+xOYjnz2bmWYCF4+4n3SxaY"
    "QmnfDn+PyLZY2n7TrJm2DFqZ0VB6q31EAzhbIh+w4K5WSaQkgoRwcMqOpQsIw8nCUVKnWf"
    "ad0YIh2AxK1FCbUViuNUXBxnP0prcoULNFbBS5CtriaDFuR01SuiOz5HyuWtYy+oRzFQ9j"
    "+gp3vdoy5Dy+Y0zjAuid7SLWQ/Yid4bFqP3c4jyvfvpBnfU916SBwcoctnXTaaPP0XunxC"
    "l09IsG8GZNDlcxe4QpfPAFzo8pmOcoAunw3N+gY7Xw3MTA6+xXRLViorwhG1cbeR22zy9p"
    "qkiBOcxuTXu4AYlnyZmDpoCbp/LkBL0H2zAMqu1KHsCrQErZ2vB8ojhMsNWoLWPi4pS8us"
    "AOMzMl374+sE2jV0X4Xuqw1FuMruq9AVE7pi7hNTpZADljQujDQI08nzAgzWYyTynv3RSD"
    "epbfYZLXVjjuyV5xpzzFKR3WfXw4tTdDHqfZygn/+CfAM8/cs3vYuSnquZVBge62JyzVqH"
    "iqw/Bm7jdJBsQvHwPR3/SpWRD8N7cmMO+EEQclDLkAPw5W7blxu+BgvyXtqCtS7nc0zPsk"
    "Pru4NnNtnNCGKWe+urUCpeyFH/fDi60Caj3vX4Y390ikTzqZrqZVJSD7IzUg9SCamcuEpx"
    "KTs2JEn3okNDwKm0G6cSBIhAgAgP99zRbz1VycxUylPEaG+s2keLeLanm0XCBhKEUBGjmO"
    "OCtacS9XzJBD5GsTvQD7YL+uHB0buj929PjtZYr6/kQZyGM3kcU1rSAmLwAhVd2DsPvE6i"
    "XqN2odWHXdP9Q1mt5ohK6tQ1W+NqKjUDwsG6q9ZsK0FWySrdt2zg1umxlOJ3nKP3HafVPo"
    "hHzUa/vfGoQXPOAlznKYHrdeF6iFGM7anKtbXpN1YzMdtcFqff7KA6sTqPOULgcZ15DAHW"
    "tTlH7T3AGtjAsIQI632zACKsIcIaeNGJtGXocblHHiTigApYmYEDJV0n1BxXTixlTgFcKc"
    "OVYrIpSQk8gAwcyMCp/2kAMnBqBXOxDJxQK6kA5ougstM4NmU75UVClYNEp3olOqW1O0Bc"
    "EvFMxbim+WVNFdayCWbQs7sIupI9u4XHFwBXQkRUlRppmnYlmZF+elpvPV2LJMdWG5+mcM"
    "tM/eOx3ZQEqOn8cKmWGH5BMtrNgvarCJqWerT4rx4m9pGTr+64H9gA2nASLbETjqR/+sPE"
    "rTKqnV6YIxj8+KDXqd87UNhAI3EPkvlql8wHdfVqYFOMXhMlDnBkAH9h+DlxJg8/RwbwV2"
    "XNjdLrS6qn0q3h68YGWQ2VW4ByB1dhCQllZBUqSDQVW0621qtfhs2ATeuv9Hq+zhqO2KSm"
    "ZqO5udsE6Hm11PPY/1P45yQrBeOrSUetUa7SsVwKSE4GSKpFROxrKSCcIGtdmvV2WoBDsk"
    "3L0i6ykm1SGqKMoW2JnYXhuhUY2shW+Xk9WQNXw7bMbLEMKBc7ApSvdOt5YtN/t+wB2eue"
    "kqNGsp+lJZSz8Ec6dOURKbQ+7JB15oNoOwz/B0zfX6rEaRTgQAFdsye4TcmCW969Y6/u7k"
    "OOaKGSx+ms573xee+CvZpaUnf6c6O2GXsRMvRO/lXJ10C1JT+4UmX0Wxya2IOSpknQUmup"
    "pfJLI61JSRS94maoc6kxcpD8+OX6YqxdDsaT08Dm7r42Dde7scJ7Xwf9v0f3Hg38FN3rXw"
    "xidPS4Gt2jdVmie3Q7js05HFzE5rSN+Y3VG2nnw+uPg09fRv1TpDuvyfK4Ne5WDqZ0n4ej"
    "yVgb9XuMbmk7nvuaahuM7mJ4/uWqf00GXPWue58YuRZ2P3Nf+5Il6amQUSCrryoQkw0KZr"
    "6YQAEjX1VGvmCXKmviC6ZpGAukDXzR0hNu53uyQDFlRqAJhEpO9v4fqjVghXqZ+zvlvaol"
    "Kk7TOmvUgZQ56iDHHnUgMEgZ7tLUnzVVpJN07TNJSdV/Ocyp/3KYrv+CF7phqsC8JmhfgZ"
    "3D4yMpm99Rjs3vKAmw4WpkmzAeBWv5zCY7pG5liO44XQLrKSHc1mIOpcluazCcDYeXnDnv"
    "bJAQz9dfrs76RJgw7Mkgw8vwh+smi4k1PAOLzGh5mCdJAXZ52MG2nS1l2mXbhkJSbeZ6iF"
    "GykFQhj4Y+f6RHYFcL3vFybo2eP1vz1IxMdwZf6/cBl3X89JbGhE7TwNdFCiPdIav095Xr"
    "MetcRavK6a2nbOnSIrCFFtEq4vh7znl8traCtqIhVPiRrrSSeNGZ+o/tXV9BuFm8h1Y176"
    "YfqKfWSquJABpzvFjaHu0xo/m9QkouuUE04YjN19YdwbAebaMyDWPgz9bSVRbPGBUfjhWg"
    "amembSKyfoaNR3JGCTreVLTIRsG0QaPA1oLHPLRVQdayYHghVH5C7I6QavKaivqzAFDVh8"
    "ZFUV3lQuOKurcbFRoX/shkaFwUX8iHxsWc4smwuETUXKnQuLSlLtskrsxY6UJTzWZt9DNl"
    "mctVqFJkb1QGTIHBuYEOPewYM/qAVKhDcKebG+wQjalNqMNLiXMo2XApO4Ihs59VTluVzI"
    "ZWtYpHLOzy3UKaB32pFBAOhrcQ3a10giRP9LCo4tyv4+F1hocxIkk6moyZh/6DaNhqA9HO"
    "AZeCwXmTQkxfXfV+S8J9fjk8S7qJ6ARnojDIXUbt/fn/YG0Glw=="
)
