from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "advance" ADD CONSTRAINT "ck_advance_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency);
ALTER TABLE "advance" ADD CONSTRAINT "ck_advance_amount_positive" CHECK (amount_minor > 0);
ALTER TABLE "ar_adjustment" ADD CONSTRAINT "ck_ar_adjustment_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency);
ALTER TABLE "ar_adjustment" ADD CONSTRAINT "ck_ar_adjustment_total_nonzero" CHECK (total_minor <> 0);
ALTER TABLE "ar_adjustment" ADD CONSTRAINT "ck_ar_adjustment_balance_due_range" CHECK (balance_due_minor >= 0 AND balance_due_minor <= CASE WHEN total_minor > 0 THEN total_minor ELSE 0 END);
ALTER TABLE "ar_adjustment_line" ADD CONSTRAINT "ck_ar_adjustment_line_amount_nonzero" CHECK (amount_minor <> 0);
ALTER TABLE "ar_configuration" ADD CONSTRAINT "ck_ar_configuration_enabled_complete" CHECK (NOT refunds_enabled OR (refund_journal_id IS NOT NULL AND refund_sequence_id IS NOT NULL));
CREATE UNIQUE INDEX "uq_ar_configuration_scope" ON "ar_configuration" ((COALESCE(entity_id, 0)));
ALTER TABLE "ar_credit" ADD CONSTRAINT "ck_ar_credit_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency);
ALTER TABLE "ar_credit" ADD CONSTRAINT "ck_ar_credit_original_positive" CHECK (original_minor > 0);
ALTER TABLE "ar_credit" ADD CONSTRAINT "ck_ar_credit_open_range" CHECK (open_minor >= 0 AND open_minor <= original_minor);
ALTER TABLE "ar_credit" ADD CONSTRAINT "ck_ar_credit_one_source" CHECK ((kind = 'negative_invoice' AND invoice_id IS NOT NULL AND adjustment_id IS NULL AND payment_id IS NULL AND advance_id IS NULL) OR (kind = 'adjustment' AND invoice_id IS NULL AND adjustment_id IS NOT NULL AND payment_id IS NULL AND advance_id IS NULL) OR (kind = 'overpayment' AND invoice_id IS NULL AND adjustment_id IS NULL AND payment_id IS NOT NULL AND advance_id IS NULL) OR (kind = 'advance' AND invoice_id IS NULL AND adjustment_id IS NULL AND payment_id IS NULL AND advance_id IS NOT NULL));
ALTER TABLE "bank_account" ADD CONSTRAINT "ck_bank_account_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency);
ALTER TABLE "credit_application" ADD CONSTRAINT "ck_credit_application_amount_positive" CHECK (amount_minor > 0);
ALTER TABLE "document_sequence" ADD CONSTRAINT "ck_document_sequence_next_positive" CHECK (next_number >= 1);
ALTER TABLE "document_sequence" ADD CONSTRAINT "ck_document_sequence_padding_range" CHECK (padding >= 0 AND padding <= 18);
ALTER TABLE "entity" ADD CONSTRAINT "ck_entity_base_currency_iso" CHECK (length(base_currency) = 3 AND upper(base_currency) = base_currency);
ALTER TABLE "invoice" ADD CONSTRAINT "ck_invoice_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency);
ALTER TABLE "invoice" ADD CONSTRAINT "ck_invoice_balance_due_range" CHECK (balance_due_minor >= 0 AND balance_due_minor <= CASE WHEN total_minor > 0 THEN total_minor ELSE 0 END);
ALTER TABLE "invoice_line" ADD CONSTRAINT "ck_invoice_line_amount_nonzero" CHECK (amount_minor <> 0);
ALTER TABLE "journal_entry" ADD CONSTRAINT "ck_journal_entry_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency);
ALTER TABLE "journal_line" ADD CONSTRAINT "ck_journal_line_one_side" CHECK ((debit_minor > 0 AND credit_minor = 0) OR (credit_minor > 0 AND debit_minor = 0));
ALTER TABLE "payment_application" ADD CONSTRAINT "ck_payment_application_amount_positive" CHECK (amount_minor > 0);
ALTER TABLE "received_payment" ADD CONSTRAINT "ck_received_payment_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency);
ALTER TABLE "received_payment" ADD CONSTRAINT "ck_received_payment_amount_positive" CHECK (amount_minor > 0);
ALTER TABLE "refund" ADD CONSTRAINT "ck_refund_currency_iso" CHECK (length(currency) = 3 AND upper(currency) = currency);
ALTER TABLE "refund" ADD CONSTRAINT "ck_refund_payment_method" CHECK (payment_method = 'record_transfer');
ALTER TABLE "refund" ADD CONSTRAINT "ck_refund_total_not_negative" CHECK (total_minor >= 0);
ALTER TABLE "refund" ADD CONSTRAINT "ck_refund_version_positive" CHECK (version >= 1);
ALTER TABLE "refund" ADD CONSTRAINT "ck_refund_number_iff_posted" CHECK ((state = 'draft' AND sequence_number IS NULL AND number IS NULL AND journal_entry_id IS NULL AND posted_at IS NULL) OR (state <> 'draft' AND sequence_id IS NOT NULL AND sequence_number IS NOT NULL AND number IS NOT NULL AND journal_entry_id IS NOT NULL AND posted_at IS NOT NULL AND total_minor > 0));
ALTER TABLE "refund" ADD CONSTRAINT "ck_refund_void_iff_voided" CHECK ((state = 'voided' AND void_journal_entry_id IS NOT NULL AND void_date IS NOT NULL AND voided_at IS NOT NULL) OR (state <> 'voided' AND void_journal_entry_id IS NULL AND void_date IS NULL AND voided_at IS NULL));
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
ALTER TABLE "received_payment" DROP CONSTRAINT IF EXISTS "ck_received_payment_currency_iso";
ALTER TABLE "payment_application" DROP CONSTRAINT IF EXISTS "ck_payment_application_amount_positive";
ALTER TABLE "journal_line" DROP CONSTRAINT IF EXISTS "ck_journal_line_one_side";
ALTER TABLE "journal_entry" DROP CONSTRAINT IF EXISTS "ck_journal_entry_currency_iso";
ALTER TABLE "invoice_line" DROP CONSTRAINT IF EXISTS "ck_invoice_line_amount_nonzero";
ALTER TABLE "invoice" DROP CONSTRAINT IF EXISTS "ck_invoice_balance_due_range";
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
ALTER TABLE "ar_adjustment" DROP CONSTRAINT IF EXISTS "ck_ar_adjustment_currency_iso";
ALTER TABLE "advance" DROP CONSTRAINT IF EXISTS "ck_advance_amount_positive";
ALTER TABLE "advance" DROP CONSTRAINT IF EXISTS "ck_advance_currency_iso";"""


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
    "Tic4TiofpI+iNRz1C8SvURSPTf+9IHcfd9ou+fHnPDL8qVgv+z8XxESdv8pF4gnSEqB+jX"
    "NJ8EdNDyPVy5FSDKAfrAaKgyowFKi+RBV620iEo5BrxYGPqEJ2JsWJXBiyx2wvEahL+MEo"
    "INwyoFuAEfr7Markm4JQPdCcM6CV5QrELxee+F49RpP1N91sVzhAp7JiPPMSe0ObMca4lv"
    "kRRH37baGN8BmRD9gUw/heM1EWLRFFWawqv47GbzNxynibiKh1wVK2AzZtGSbvDdh7TmIe"
    "HVdia7iN2nkdWNpVbBSfBcrPEfZOJ684Jh5L1kvVzbiF6d8EA690wD16WaXJeojhJqyI47"
    "xEQh8FCnwANdE3LW7QklGkjROFGhaJykUzROEhSN2NKoinJMrIFQl8+GCbedXBuJIAYRnO"
    "K5evTHO3L40+e5KFVomlcN/S23VJ4SF+uGxBvycdi/TmF7hSLx3VmfuOgvZOjO1gLFrf+Z"
    "LU2+Z6DxUjdc3XReso/9R2u7dr0McAaRsDEHQL+46vwW18H5Zf8svuOyAc7i4ZuJa+UP3E"
    "elYNGBoH1d0M8q/cWmdAmhhWbnNUUffAUnDcTCFHFViYXtJ1fsDJv3QVakxKUTvdzO8umM"
    "6Y3RVE2VpDEmg3wZlhmFTb+MVpslNbGcriDJoY3YryVTluuF0YdLNMHOXSAqSxkrc2io21"
    "XhJb+d4Tea0Gmax94P7m9cZ9hDlePsYfpx9jBxnOX/zwFtcH8DfQWHSh03DzMabh4m+21C"
    "Rti2M8J0R2Pewoe8WQSC3A6zB4LVA5IHwIdfIx8+HIKhDPmzVANQSHdPIYW64zuvO55g7G"
    "za2UuZr1MXzGOBKI/upfmEqI2Jo3nZYzVFjZfQ3hQrNkiTINqmX/Dcmi+w+dSS+ASDS+0s"
    "f+AkctNaV2Cf+eM8AbQgNmIenTF2yDtW5ch6NB1e4YjvBjpx2vzV5I4V2GeuPW8BcxA2p/"
    "zK0iGyOlLb+hBwD1bYCmtnuAfBh7VlHxYc+J/JgT9x1lGxF4OVdrNdXfkIVLUpsJ9dPZGh"
    "JdvfZWlcGTs9v13DsfvXbvqfgq01KOrIRyB0e7VYuM5PekEvTMv16yGS6U/Jbb34MEpFEr"
    "0fF7DFI5k4QBav5q7uq1+TEYfTa46JUs+64Bi08ayA4xZsp+diO8m0XqCFRUIUgiYbPHv+"
    "np9XA6EYLH2F4d9jtaXnq4CMaFVYCH7DgEq09HzNFKFclSO6BigErFILIOQGV70EQl2xzV"
    "0FIdwSS8C32bzvhPVQKY7yqpyPzFkRKfWT4aOI3pWjnQVzLITdfdus4a9zh+lDnuwO/HhH"
    "TBTpEKw7/Gdk9bMoaXQVP4YQSadz3V064MGoqAcDaMtby8KtWshnn5TwLUR8/IVFCvD6ti"
    "Sh9O4ibK2Qy5sD81bnnDUaOUWe9I3Zuw7e0c3IiDl18lZBI29T9fEW4m/gQ4J26c3TeoBR"
    "Vrt0oFlXyGMC/N5gnm01LRaop7lIlNjWwkKHm0KVrypkLfHyG0RuClTjfJ4yB+aGKDXPeS"
    "mAFLSc5q1DN0PK79J96Xcvasa2AAx5YMjXj0uX6OIu8U7LOr2ne6lXjQ+jvebXu6uveV9K"
    "B80sm3cRJtNVY2HnFC3o1NC/o7+j/yO29fOCHinodZN8d5HXz7KNbvHi55lNSNJVXerIwJ"
    "Ov8GmmDf7offijvUcoD7ihxA6dpDndo4Vd0qVXKaGLUWrH36wFJCa4OzLJQQNWkmiR/OmU"
    "fasE9sM5NoxU9CNiu0P+ZLvIvz58c7LCmr3IQnd41bm8TMIJrt10lJvl2i2UUINtZgHP9N"
    "ulXUZTmo59Hh2tscfNXR6c6oLQNs9NvlNbcloK3d3pZ6TQt67C43GWY0ef6th+Qo+6e4d0"
    "12Gpvojl/a4qAL5DGPmlntGjZd87SDepFOHcHHryiZNxZJSe7X0QHJsqbezAsWkfdn3FaD"
    "y7NXW2z+Nhq5ZWpARhQrCBiJdchxBYOum419OoV8r08gqR5E8yEuQgyaW0JJewXM2GnI1I"
    "dZyaKUI5WUCYgzWibdTl9FUR1kZN4QIfSNWZLnXEKNKzclOghC6ZDYQq2gpiQ6xi7ScaCF"
    "aQC7Zp63X1jvd1RGnXNLM6YhSwzOjCYm9cVsvnmXXpWA3iH1eLaFZP0CBcUnq4JBLhdaQ7"
    "wRU9bo0s9m+52erV8hpnnD/5z9Ji4aLgR9pswtHnWFpY0LK5Cu7JE7fiFguNYeyfXVca8i"
    "8L+QjunW0tb+8CtWhh5Ek48p53huedC+4j0uJBkh+ZgbCwwLgkFiZUH08Ph4kVz7faSR3C"
    "TJUMM6XRmzKiIWm8Jgg1JUNN9Jk3csWaVgINDH1sJdh0r5spXZnXp4wHslXGutUZ0iunCD"
    "sOcW/My17nrHfZG/37FBk6HusG3VRuzO7/fuZvkT+X/PWg+6V7/bl7imzmclgSesdvn7rX"
    "Q/oO+b4gplMowfwXBe39kqq7X6CF1jrbRbqsb9ZCqygVLPQal5F3FHUdKyYfVW0pA/9x4x"
    "x+tZxiQR2zEp5K36HV5Adyb7mTtUFrm1zN3pTMF5bL2DwDMrFs8eCXelM768iqh7drdnj/"
    "Wjbn6I6gmW47LrKW7sSaE6/qe0CodOjO5HEvWdX38DMQPdu36V0LAz+RKbJM+jd3kCZpnF"
    "v5BMnB+msr4oNgroff4ahdh6M2U5X0oCIH37+9ymeToufA42OVc+Dxcfo5kF0TTxPWgoRW"
    "kirGglADkT5ROXCfpJ+3TxLHbX81owOat8Re2LqsWWI64CniTYT+SAX6o3TojxpQHk83tY"
    "VtMeKj08qHOl1PtU+D/odBdzhkZfFW49yY5/2rT5fdUffilDdkY570aRF3xsGBgoYODlI1"
    "xC7FHw5nYfnOFVFHH4f967QnIpSJk3D1iYv+Qobu1DceKMOWgSG4NAJMX1x1fovDfX7ZP+"
    "PYRBi0bIAzIEIDEbq1WgCK6D0mW4Lm6/MMVknRASbZhSnDM4/6ASYiBGT3ssjuS0cWMNxW"
    "SfyqqUCV5h6ZepWqhh+w2GSemJDgluF/idy0PoV21UHvHeIuODTHT2hMkEluMQvhtFcdcV"
    "3LxUZweUwM65EXBpJky5YzplL7Pp8W6etxVWCJN3KD+vfVdLMAo2GrNYfEh0BqcslRTgg+"
    "6zaJRdJjITM2T2bsnMytPOgG9zeuMNbBKyXeDbst3dfxSt6uIYXbpOaO2jHPqeXVIMzriP"
    "rUH3Jfkyd9Y37p9y7Ya2qCTIs5nk5UPIPpjkFIAQfPB/0Z1HjNvQVHZDbcfevj6ZBsvvxc"
    "UKRFcUwQfAo5rfYo6cdg+4LGpmQBRUjFd6eOV43SBfQNroQWRGdDDh2IgrAoFVYBtMHZJ/"
    "rRDNT8SpBJgy5KcvlDS6JgupXQkki26JcAbY4c/qqt9sqlg8SdTgFfYVUoAeRmJrbHcZat"
    "pdAxu9SZvHHH7Hj9HQ0vFoY+KSPtxKvE0wnHa9CSIkxYyKFQQckvcFHiBPOLXDR0huWK3s"
    "cf43Rg+yYZWfSfZ1lLqxjJgT+V6USH4KFdS3bg6UP8zlIrJHxdje/tAexTNNOCfI7qnIna"
    "KJ1oEKgroYLs9iQRsSa5asroUBL9BglU0yO3MbHGBXC3ki+D5yxLtojvPS7ZpFm8Y5dXWH"
    "8nt78rIQpqKKwGcRvOsZ8KcqCAstyNEY7phl6E5rUGbsc8CeIcVPDSiDW/NsRXqDPWUIQT"
    "K22l+Ny+R7IlOeYEl9pZR5w/IjdB/bdnd4hxnuZjr2SSqrUdSjSOLX2gxpPMYElC/bdd1H"
    "8rWtQKajPl9f3uoxp01SbxXkrnCJil7+0rTNdu8GEIdH3aVt8kyGfYTTnvmcLzEl2TB2Ij"
    "vxcsazjoGUHTU4Q5GRo92rpLHF7yht7pUCHEPzSZw7WND1BJ6HIoFtRW5vOTXvNfUouC3v"
    "lVDN57sU/I9Kqw7RJRUUIL6SRoUQqSkCAJaYtJSODR3p1HO7a4K59nRLEGzunyk0DDjTPX"
    "9ieIgbu0sL/aS0UrkPAlCEK+V53yvYCbXgVuelFWOix55Sx5BVKU4pLwEBTVgXfqJk5uFc"
    "QEQQMlxUkjsZtyeO01XI7yctqV46SQ86KIbN6cl2A1KG/aNjwdI7Z8KkC82vNKwLjZiRhx"
    "6wD6kW81ngT9yHPBBY1r12Pkr47y1Q6a1pad8NTQNijQ2hda+24ZIa9gmAZA7YlLkZYNFl"
    "vR1jMplLPBWh00JWPdZVwGjLwEP6SbiKdOIKoT13mHyHc6hPGELJM3DOJ1ax8tpDuMGKGz"
    "graSGrjljSvNS4smfqdlpX1NEmOj+flAmqgmaQKy1srPWqOPYpFEqpgglC8rXL5sWkwBcU"
    "nQQDENQKndbfJa9loYrmL2497qwhWoSLZxJbKK7pmQI/tc1JARetxTQa2q6SJHjCxPJS3I"
    "0dxSjub+a+9VbENVBVit9N5+UmAl5aQkbh550al0b4+k7JWa04f1gV5g2w3aP3veX+SPh/"
    "h49LVrcdeMH+KRt5MuNozUpRP8HE9/kazxpF8nfhG8OJXz4kD1lgpYplA2ZN+kUGFNy0EJ"
    "FeRAAWUdChZhhHNDgyp/zLRqClEmIAlzUcFsheI4JRfH2Y/RGp/hEotV8hCkm6tx0oKarX"
    "pFbcen0Lic2dacRRR9Y/8derzDLgsZmpZgcQa8JHYJm8h6ILb/sUk7djsfsXn7TpbxPcbm"
    "fezgCE0+q7LRZNm/0OQTmnxCfn0tIIMmn7vAFZp8+uBCk88kyQGafNY06RvcfBXwMtlkRt"
    "iWnKuqiCDUxN1GbbPJ2mviS5zkMKY+3yXCMOU3odRBR9D9awE6gu5bBVB1pQpVV6AjaOVC"
    "PVAdIZhu0BG08rSkNCuzBIzP6HDNp9dJrGtovgrNV2uKcJnNV6EpJjTF3CemuRgHPGdcSj"
    "QIssmz+AWrexTSnr27ETaYb/YJLbA+RdbSdfQp4ZnIzpPjkvkpuhh03o/Qz/9AngOe/eW5"
    "3mU5z+UMKmXHOoS+Z66YIquXftQ4yZGNGR5epOP3RBX5gN2TSTkQbwLGQSUZBxDL3XYsN3"
    "gM5vS5tCRzXS3mmBxlh953m0wsuptRxExn5plQeaKQg+55f3ChjQad6+H77uAUycbL66pX"
    "yUg9SE9IPUjkowrLVUJL6dyQuNyzpoZAUGk3QSUgiABBRIR7auOZm3dl5iblKeKyN2bl2S"
    "Ku5WKjCG0gJggFMYoFLnh3KlnLl1TgIxK7A/1gu6AfHhy9OXr7+uRohfXqnSyIk3DGj2O5"
    "prREGKJARSf2znnXVUN9y8RrtoPkNqwFoQ2t6orhnc+o5kDYBDv5um3FxJo3T4+VTL/jDM"
    "vvOGn4ASM1Hf3mMlL97pwFtC5KgtarovUAo4jaE6VrK9NwrGLLbH1VnHyy/fLE+XUsCIKO"
    "q6xjoFhX5iS1d4o1qIFjCRzrfasAONbAsQZdtEJrGZpc7lEHMSZQAT8zaGDD4Alzx222LK"
    "UOAVrZRCvF1qa4JOgAcnAgB6f6pwHIwakUzMVycAKrpASYL/zaTsPIkM1cL2KmHKQ6VSvV"
    "KWndAeKKiKcaxhXNMKvrYq2aYgZNu4ugq9i0W3p8AXAVloiykiMNwyolN9JLUOushmvQyr"
    "HVzqcJ3FKT/0Rs16UBali8XaknhleSjLWzYA0r/K6lLqv+i4PUPnryxbbzjt/AOk6iBbGD"
    "O9mf3m3yXhnlDi/NEvR/vN/s1GseKO2gEbsG6XyVS+eDynoV8CmGj0kuDQhiAH9h+IXlTB"
    "1+QQzgL8ubGybYb2ieKveGr5oaVC1UYQIK5ul5Z3jeuegmzq3SGhK5gc1RQqKu0ApLa7X6"
    "ZVgc2KT5yt7PNlmDO9ZZqeloru82AWZeJc08/v8E/hnZSv79jesRcayWAZKRAJLoERH5Wj"
    "kQjok1Ls96Oy3AIdemYVkXabk2CQNRxc+2IPZcd5wS/Gx0q/y0GqyGs2FbXrZIApRDbAnK"
    "V9h8Glns3y0HQPa6p2SYkfxnaTHjLPiRNpt5dBVanXXoPPNAtGyO/z1hzy8z4jQGsG+Art"
    "TjX2Zi/iX3zraWt3eBRrTAyJMeB+j7Wtx2+rHW2ow8CCl2p/ioZFug2kK8uVRj9GsUmsgH"
    "xT2TYKVW0koVp0bSklKoeiWMUOVaY/Qg+f7z9cVQu+wNR6e+y915aeiOe2MG1770uv8Krz"
    "3o5DG81r3oReTYcTW8xgqzhNfYdhwZs9+7iIxp6dMbszPQzvvX73sfPg+6pwjbL+n0mOm3"
    "S5swuU/9wWioDbodLrewbNd5yawNLnfRP/981b2mN1x1rjsfuLgWtD9zXnorSzxQoWJAll"
    "9UILI25PDyRRYU8PGV5ePzd6lNPXz+MDVTgbJ/L5x6cu/efjxQ3JiRWAKBkZO+/wdmDXih"
    "nuf+znSf1xMVlWmcN+pAyR11kOGPOpA4pHRnYeAnLS/ScbnmuaSUyr8cZpR/OUyWfyFzrB"
    "t5YF4JNK++zuHxkZLP7yjD53cUB1h3NLpN6A+SuXxm0R0SmylLd1QuhvWYCm5rMgeryW5L"
    "MJz1+5eCO++sF1uerz9fnXXpYsKxpzfpbko4HBucEqu7OpG50bIwj4sC7Oqwg287fZVplm"
    "8b6kg1WesBRvE6UoUiGnj6wI7AjuY/45uFNTreaPUzM1LDGWKx33uyaeCns9BHbJgaPi5K"
    "GGGbztI/lo7LvXMlzSq7sxqyoVOLwhZ4RMug8Xfs8+hoTQVtyShU5IHNtA3xYiN1H5o7v3"
    "y6WbSJVjnPpkfUy9dLq44A6lMyX1guazKjec1CNpxyvXDAAR+vqTuCbj5YemkWRs8braGz"
    "LJowKj8c54CqmYm2MWL9hOgP9Izit7wpaZIN/GH9ToGNBY9HaMuCrGFceClUXj7sjpCq85"
    "wKG7QAUOVT40JW12bUuKLh7VpR44IfGafGhfxCkRoXCYrHaXEx1txG1Likpy7dJZ5bscp1"
    "puqt2vBnqipXKFCVU71hFbAcCs4kOnSIrU/YBySoDv6VdibZIbynMlSH58Jz2LDjUjqDIb"
    "WhVUZXldSOVpXiIxYO+W4hzYM9VDkQ9m9vILpbaQVJP9ElsoJzH4f965QIYygSDzTpExf9"
    "hRhttYZoZ4DLwBCiSQGmL646v8XhPr/sn8XDRGyAMxkNcpesvR//D+dBs6I="
)
