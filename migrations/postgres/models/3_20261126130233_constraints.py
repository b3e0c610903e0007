from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE FUNCTION "guard_journal_entry_update"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF 1 = 1 THEN RAISE EXCEPTION 'guard_journal_entry_update: journal entries are never changed: post a reversal' USING ERRCODE = 'check_violation'; END IF; RETURN COALESCE(NEW, OLD); END $$;
CREATE TRIGGER "guard_journal_entry_update" BEFORE UPDATE ON "journal_entry" FOR EACH ROW EXECUTE FUNCTION "guard_journal_entry_update"();
CREATE FUNCTION "guard_journal_entry_delete"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF 1 = 1 THEN RAISE EXCEPTION 'guard_journal_entry_delete: journal entries are never changed: post a reversal' USING ERRCODE = 'check_violation'; END IF; RETURN COALESCE(NEW, OLD); END $$;
CREATE TRIGGER "guard_journal_entry_delete" BEFORE DELETE ON "journal_entry" FOR EACH ROW EXECUTE FUNCTION "guard_journal_entry_delete"();
CREATE FUNCTION "guard_journal_line_update"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF 1 = 1 THEN RAISE EXCEPTION 'guard_journal_line_update: journal lines are never changed: post a reversal' USING ERRCODE = 'check_violation'; END IF; RETURN COALESCE(NEW, OLD); END $$;
CREATE TRIGGER "guard_journal_line_update" BEFORE UPDATE ON "journal_line" FOR EACH ROW EXECUTE FUNCTION "guard_journal_line_update"();
CREATE FUNCTION "guard_journal_line_delete"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF 1 = 1 THEN RAISE EXCEPTION 'guard_journal_line_delete: journal lines are never changed: post a reversal' USING ERRCODE = 'check_violation'; END IF; RETURN COALESCE(NEW, OLD); END $$;
CREATE TRIGGER "guard_journal_line_delete" BEFORE DELETE ON "journal_line" FOR EACH ROW EXECUTE FUNCTION "guard_journal_line_delete"();
CREATE FUNCTION "guard_refund_delete_posted"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.state <> 'draft' THEN RAISE EXCEPTION 'guard_refund_delete_posted: a posted or voided refund is never deleted' USING ERRCODE = 'check_violation'; END IF; RETURN COALESCE(NEW, OLD); END $$;
CREATE TRIGGER "guard_refund_delete_posted" BEFORE DELETE ON "refund" FOR EACH ROW EXECUTE FUNCTION "guard_refund_delete_posted"();
CREATE FUNCTION "guard_refund_posted_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.state = 'voided' OR (OLD.state = 'posted' AND (NEW.state = 'draft' OR NEW.customer_id <> OLD.customer_id OR COALESCE(NEW.entity_id, 0) <> COALESCE(OLD.entity_id, 0) OR NEW.bank_account_id <> OLD.bank_account_id OR NEW.currency <> OLD.currency OR NEW.total_minor <> OLD.total_minor OR NEW.payment_date <> OLD.payment_date OR NEW.reference <> OLD.reference OR NEW.memo <> OLD.memo OR NEW.number <> OLD.number OR NEW.sequence_number <> OLD.sequence_number OR NEW.journal_entry_id <> OLD.journal_entry_id)) THEN RAISE EXCEPTION 'guard_refund_posted_frozen: a posted refund changes only by being voided, a voided one never' USING ERRCODE = 'check_violation'; END IF; RETURN COALESCE(NEW, OLD); END $$;
CREATE TRIGGER "guard_refund_posted_frozen" BEFORE UPDATE ON "refund" FOR EACH ROW EXECUTE FUNCTION "guard_refund_posted_frozen"();
CREATE FUNCTION "guard_refund_allocation_insert"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF (SELECT state FROM refund WHERE id = NEW.refund_id) <> 'draft' THEN RAISE EXCEPTION 'guard_refund_allocation_insert: allocations change only while their refund is a draft' USING ERRCODE = 'check_violation'; END IF; RETURN COALESCE(NEW, OLD); END $$;
CREATE TRIGGER "guard_refund_allocation_insert" BEFORE INSERT ON "refund_allocation" FOR EACH ROW EXECUTE FUNCTION "guard_refund_allocation_insert"();
CREATE FUNCTION "guard_refund_allocation_update"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF (SELECT state FROM refund WHERE id = OLD.refund_id) <> 'draft' THEN RAISE EXCEPTION 'guard_refund_allocation_update: allocations change only while their refund is a draft' USING ERRCODE = 'check_violation'; END IF; RETURN COALESCE(NEW, OLD); END $$;
CREATE TRIGGER "guard_refund_allocation_update" BEFORE UPDATE ON "refund_allocation" FOR EACH ROW EXECUTE FUNCTION "guard_refund_allocation_update"();
CREATE FUNCTION "guard_refund_allocation_delete"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF (SELECT state FROM refund WHERE id = OLD.refund_id) <> 'draft' THEN RAISE EXCEPTION 'guard_refund_allocation_delete: allocations change only while their refund is a draft' USING ERRCODE = 'check_violation'; END IF; RETURN COALESCE(NEW, OLD); END $$;
CREATE TRIGGER "guard_refund_allocation_delete" BEFORE DELETE ON "refund_allocation" FOR EACH ROW EXECUTE FUNCTION "guard_refund_allocation_delete"();"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP FUNCTION IF EXISTS "guard_refund_allocation_delete"();
DROP TRIGGER IF EXISTS "guard_refund_allocation_delete" ON "refund_allocation";
DROP FUNCTION IF EXISTS "guard_refund_allocation_update"();
DROP TRIGGER IF EXISTS "guard_refund_allocation_update" ON "refund_allocation";
DROP FUNCTION IF EXISTS "guard_refund_allocation_insert"();
DROP TRIGGER IF EXISTS "guard_refund_allocation_insert" ON "refund_allocation";
DROP FUNCTION IF EXISTS "guard_refund_posted_frozen"();
DROP TRIGGER IF EXISTS "guard_refund_posted_frozen" ON "refund";
DROP FUNCTION IF EXISTS "guard_refund_delete_posted"();
DROP TRIGGER IF EXISTS "guard_refund_delete_posted" ON "refund";
DROP FUNCTION IF EXISTS "guard_journal_line_delete"();
DROP TRIGGER IF EXISTS "guard_journal_line_delete" ON "journal_line";
DROP FUNCTION IF EXISTS "guard_journal_line_update"();
DROP TRIGGER IF EXISTS "guard_journal_line_update" ON "journal_line";
DROP FUNCTION IF EXISTS "guard_journal_entry_delete"();
DROP TRIGGER IF EXISTS "guard_journal_entry_delete" ON "journal_entry";
DROP FUNCTION IF EXISTS "guard_journal_entry_update"();
DROP TRIGGER IF EXISTS "guard_journal_entry_update" ON "journal_entry";"""


MODELS_STATE = (
    "eJztXW1z2ziS/isofblMnSYVO7aTca62SraVrGZtKycp2dmNtxhIgm2OKVJDUnZ8u/PfDw"
    "BJkSBBCnyRRNL9YTIWiQalp8FGo1//3VlYc2I4r3vzR2zOSOcU/btj4gX7I36rizp4uQxv"
    "sAsunhp8LI4MmjqujWcuvXyLDYfQS3PizGx96eqWyQZfWSZ5RjaZEf2RzNGU3Fo2Qdh8Rr"
    "r5aOkzgsgP3XGd12y6uTWj8+nmXW7Klan/sSKaa90R957YlP7bv+hl3ZyTH8RhH791ZivH"
    "tRbE1vS5/7DVgpiuNscu6dDR3zpTbD5oeDazVvSydBSbdPmg3erEmAsAeqP5dc19XvJrZ/"
    "rdwHQ/8rFsqqk2s4zVwgzHL5/de8tcE+imy67eEZPY9HHsCa69YqiaK8Pw8Q+A9n5yOMT7"
    "rRGaObnFK4PxhlF7XyC81tG06+FEG/cnmtZJ8C2giDDEvzSzTMZz+lUdDsAd+wo//3J4+P"
    "btu8M3b0/eHx+9e3f8/s17OpZ/3+Std396XyZEy5uKYzb4NLiesC9k0YXlLTh24U9Og13s"
    "UXGWhuibq8WUcj3BgfN7bMvxDyliPKA/Ls6DAPEsJgQX9sSFBf6hGcS8c+/px6M3GQB/7Y"
    "3O/9obvTp685OI8rV/55DfYniH+IpvQQLmC3pVDnOCMIY2u+zqC/I6uF8e91AQ7QD4DKAv"
    "epN+DMbZyraJOXvOs1CjNNtaqjuFTFyrbxWW6tvUlfo2vlAXZGHlQTcYvztkO52d4Hrw5o"
    "2KFGDDUtH1booAO65UAjCE+1SmcpQH9HsFGoKA9pp4h3AvLYfNmA/0zufheNK/OEUe9Y35"
    "dTi4YJ+p4jEngWKQiyEnCtw4SWXFSZwPM5swpDTsysUxE6opAkWgzJLH7I8mChj6A+dD03"
    "j2N+EM4CeDq/540rv6zB63cJw/jEByszuH/Opz7GqCS+tJ0N8Hk78i9hH9c3jd5/DS9XNn"
    "8yeG4yb/7LDvhFeupZnWk4bnEX0huBqgJnAdL7hqutBNS6LtZOmbccrNmmcTOL1D5TNkgk"
    "1uCduSU8SgHH+BqI27jdpmk7XXxEWc5DSmvt4lxLDkCy/5YM+YPudmRIK0EBt84fjCuSAa"
    "MHLwQCSEF6EwC+hRVnfzvwQCGbwARdH/3VrZJjY0CqednwkyauBFHl4w6+ftg9QC563wJE"
    "M+WjbR78y/kefE0TCGvW+C7q8nahYX/gyWW3A1/Io2flpbjEVRQH8+/dHE5QCM6OlgNDif"
    "dKRCvwJozyNTNUzaq6Ib2+kU8I0qihVgfEan64WztRRmiXatALUggCvA+ldvvn4wXTsFhm"
    "zbUpEba727AqS/OEpSo6EIJ44oKfCy7W+KZw9P2J5rwj7I7liHVuzKeqx4S+DRXJdInTOf"
    "cGiSiUX/GRED8x+fyqCefb6eqx1M4mgvDhcxTBfYxHf8W7LpGHGAwFKfWA/E7Mjc2sG9bq"
    "Zfe6lr7nrYRs92D00JtomNGBfZro6N14iZHRFG47/2fj48PkHWLXLvCeKzIt1BdHOigz8g"
    "3eWf7q0nE1n0zUt6vyufXcVDvnK8nRPc3DV1c+NFLqNjML6FfsOtWBz5m6QtbXKr/8iDc5"
    "yujXir+K8O0h1YBwkPlgfaPXbu80MdUFUD9H4li+glPFJxEx6l+wmPwFEIjkLUIT+WOp2t"
    "ANdFygq4Xk99s+5MDjDJ5LKBHVejSluRtztOC5yuM6dt8kg3viJ8FimBy3XmcnD+SrA464"
    "gVIQLHXlXujJVTicVd0W5WNxaoGs4iSy+3ySwS1LSa665GHgl7enLp+9Qf/6ZgBWMz9dlE"
    "jZVjcjuYsm0xr9HM7s1/XzkuC9HuyAxn0fvdTOOZTQWdMHSzAc1EvREKqT4gjExyR3n8SJ"
    "BlEmbEwsizkSIWqCuxkhWaonyyCNjH6mkfgzQQSAOpmRIKaSCQBgJpIJAGAmkgYN2tyrrr"
    "Wi42imSBxAjBXlA4FHWKDSbbtDk9SBRghJR8d+x40ypeQHZCLbgA2Qn7ZgFkJ0B2wsvlBW"
    "QnQHZCvdHNn50AIfMQMl9HhMuHzEeiWHSTlHX8RfxUl3S6FsmQfP4/yC3YSm5BfHltcJUG"
    "S1DRXaoZwfhNPtP0Xy7xaX7rRB7hvaXsQZppeQ7MiL8T/Jm19GcG7EqwYLzAhpHKhAhZmw"
    "7Tbw/fnazhZx+yAB9f9S4vk2e06DdIoJruH4qRtc5NdHh8rOCXoKNSPRP8nog1FCuqgVEi"
    "sQXk4EKcFNhQmA13RuFKRglSYENVZiExYq3kgS8eK9cwhqie/BJSQeFgHS7hCnD+dNn++g"
    "qJd367Gem5j0Pnlnmr361s7AMgOQ2JQ7obDkOzxOjN4aMj5BB3tUTY9dOgl8ggj8RAr75/"
    "9+yY37/zr/4Tsmx0S/9jEaHenQ/IJrcrc86SprHtornusG8zl4SYbu0xm8NQ4VhWy2OZz1"
    "ONmJyZElZYlkGwmZaQk6COMWZKybcl3NZXdhsFeTYcXrKZ18E1Z4MY7Ndfrs76o1cH/IRB"
    "B+luiiq1Ws4LhjyJlBDyVJeQJ0lulP/tI6oa3yNc2yquSKdOAW7WwqdLWwt8LQW4IZICFy"
    "Dso4noe/t54fdASg7cKMkNh1AMWIBlQXbE6IEfRfkR6FwFYjMTpMAFCIeqdzhUqNRUAO6v"
    "4UztRDehAiogLG6XgPJmlKUKhjrSwU5YAdQXfhboODJlqzGPaRFqAiR2Rt2xxbyhgKee7R"
    "UwD/WMCrBud9hfQiWrm1/CC1STOyTWQWzZnohwmEIJ2CCi97+coMqEn9mFDHJLPzxzZ0CQ"
    "/n7qeRDuKSsQ9l0DiCpt2Jb0P61y8hvzxhyYLC7In8lBr9Z1Mnj8JdJNR58TShnMh55095"
    "5lvurhqJ+QSR6Jje6Iy55hPdGZv3+/x44WjOOxbN+/s76tlj1n1TduKYRBqVqHbkKz8Csz"
    "nwqzE9Kv/IHf9771jUkM/U6f6gZVvpC9MtjPokNXDvueLv0qj/wLe1MS+1GfkcJtYKOJ9d"
    "aSmH7UCZT4qKfv5YH++CT+annnAW2d6yd0ehe/fhlPrvrXk9NIYZsbc/i1P/rc+4d3w6Iv"
    "4RI/e3eu+596k8HXvja4/jocnPdP1yVwNL9T8o3Zu/jau2a3Is2b918CFgphbLsQxrrwSv"
    "7SOBLSFuINRXJ2rWTKgJYUybFsqgKYxcocJGkhZq6wBTeiFOVjgkAHDCjMgIR6LeFDVsCJ"
    "lB5CTnKEnECVnfRXopkhJypVdqCgxd5FH0Q27Dd3hJ8VCySOROkqwf/FWD5C9P3zfW70RT"
    "pAvxj6vuUkN/oiHaDf0Ky1F8oDiBmBEjr1RlethI5K2RG8XBr6jCcclaw+4nkWe+F8LcJf"
    "FhKCDcOqBLgRn6+3nq5NuCUd3QnlIgleUJRF8X0fhPM0aT9TfddFXUoleiYjnzcntDmzeR"
    "uJb5FUXv90URrfEZkR/ZHMP4fztRFi8TCmtITX/tly6zecp424iiYGFS2gXGRR2FhIFlsk"
    "tB3KiC4KGx3xgZVWe0rEuVjT38nM9dYFw8j7yLo7dxG9O+OOdG6ZhliXesa6RHmUYEO23y"
    "FGCo6HJjkeqEzIWZ8qpGhhiMaJSojGSXqIxkkiRCMmGlVRjpG1EOrqo2HCbSfXRiKQgQen"
    "eDYk/fGOHP70dS5SFVrmdUN/y03W58TFuiGxhvw6Hl6nRHuFJPHdWZ+56D/I0J2tOYo7/3"
    "O7MvmegaYr3XB103nNHvuXznb1ehngDCJhYw6AfnXV+y3Og/PL4Vl8x2UTnMUdCDPXyu+4"
    "j1KB0CnsvFnq9GTyQMz8+McogQcQONEU9LPKDDKxUoF7p925ZVHhq2IoC2RFBcD2lvokmK"
    "ql4MYkqwLA4PBVxFbF4bufhMgzbD4Eqb8Su2X0djfLcDmlA6P5yCqZkYwG+TQs/Q+bfk3E"
    "LsvcY4mLQSZPF7FfS+YsoRGjT5dohp37gFSWF1nl1FCEscZ7ajfDODqjyzTPoTYYX43VZr"
    "8MEGu3q9hsDtNtNocJmw3/fw5og/EtNIgdKrVPPszonnyYbJ4MaY/bTnvUHY2ZxB/zpsoI"
    "dDtMkQmkB2TIgKOqQY4qsDJAT4kXyQaIk959nDQ0kdh5E4lEWFrZNo3KQWlNwTzmbfViGj"
    "U/6q90dHTeEMmGosb7IZTFik3SJoi2aRc8txZLbD53JDbB4FY3yx44iwzaaAocMnucR4CW"
    "xEbMojPFDvnASnlZT6bDy3jx3UAnTpd/mt2zbinMtOcJMAdhc87vrBwiK5a2rYeAebDGWl"
    "g3wzwINqwt27DgwP9CDvyJs46KvhhI2nK7uvIRqG5LYD+7eiINUba/y3IVM3Z6PlzDsfEb"
    "N/3PwdYaVC7lMxC6vVrMXedndqFXpuX6RT/J/Kfktl58GqVKoN6PC1IiIulmkBFRz13dZ7"
    "8mi45PL6wnUr3oqnrQk7kGhlvQnV6K7iTjeoFOOAlScJqUePf8PT8vB0IyEH2F4d9jWaWX"
    "y4AMb1XY7aBsCG2kv0LDGKFceiYqAxQcVqlVPnKDq17no6nY5i71EW6JFeDb7sD6hPZQqx"
    "jldc0qmbEiUs8qw0YRHZWjZwszLISt2ruse7tzj+lLnmz1/nRPTBRp9647/GdkNW2paHYV"
    "O4bgSadr3V05YMGoqQUDwpa3lmpeN5fPPkPCt+Dx8QWLFODNvXdC6t152DphLG8OzDu9c9"
    "ZN5xR51Dfm4Dq4opuRGXPy5L0CR96n8uM9+N/AhhT238vPdZESuF4XrgcYRdieiJCCMOsa"
    "WUwgvjdYZ1tNi4XQ01xBlNjWwmqeZaHKV/q0kXj5XVDLAtU6m6fMgFkSpfYZLwWQgr7qvD"
    "9uOaT8VvSXfouudmwLECEPEfLNi6W78HtxjlkpPKY3SKzTiTHdLCv1urunEx2+0Vx9zZuv"
    "OujWsnmrbDJfd892TtGSLg39B/pv9H/Etn5e0iMFvW+SHy7ymrZ20R1e/nxrE5I0VVc6M8"
    "TJ1/g00wV79D7s0d4rlAfckGKHRtKc5tHCJunKq5RQYZTa1jpLgMQIdxdMctACSRLtBDGf"
    "s2+VwH68wIaRin6EbHfIn2wX+beH707WWLMPWeiOr3qXl0k4wbSbjnK7TLuFEmqwzTTgW/"
    "1uZVfRealnn0dna+1xc5cHp6YgtM1zk2/UlpyWQnN3+hkptK2rxPE4q6mjz3VsP6Mn3b1H"
    "uuuwVF/E8n7XFQA/IIz8euboybIfHKSblIrw2Bx68okH48hCerb3IDg21VrZgWPTPvT6mo"
    "Xx7FbV2X4cD5NaWpEShAnCFiJecR1CiNJJx72ZSr1SppdXiCR/kpFAB0kulSW5hOVqSsZs"
    "RKrjNIwRyskCwhpsUNhGU05fNYnaaChcYAOpe6RLEzGKNGYtC5TQCraFUEVbQZTEKtZ+oo"
    "VgBblgJYGKpsG1EKVdh5k1EaMgyowKFrt0WS0/zqxP52pR/HG9As2aCRq4Syp3l0Q8vI50"
    "J7iix62Jxf6tNlu9XlbjjPMn/1lazF0U/EibLTj6HksLC1o2Z8EDeeZa3HKpMYz9s+uaQ/"
    "5tIR/Bvbet1d19wBYt9DwJR97z3vi8d8FtRFrcSfJnpiMsLDAu8YUJ1cfT3WFixfONLrF0"
    "XoCbqcaGq26GmyktvCnDG5IW1wSupqSrib7zRi5f05qgha6PrTibHnQzpfX45pTxgLbOWH"
    "d6Y3rnFGHHIe6NeTnonQ0uB5N/nCJDx1PdoJvKjdn/3y/8EvljxT+P+l/711/6p8hmJocV"
    "oSN++9y/HtMr5MeSmE6hBPNfFLj3SyrvfoEWWpt0F6lYL9dCq2goWGg1riLvKGo6Vkw+qp"
    "soA/tx6wx+jVxiQR2zCt5K36DV5hdyb7mTjUFrm7GagzlZLC2XRfOMyMyyxYNf6qBu1pFV"
    "D4drdjh+YzTn5J6gW912XGSt3Jm1IF7V9yCg0qE7kxd7yaq+h89A9GzfpaOWBn4mc2SZ9G"
    "9uIE2GcW7lCZKD9bdOxAbBTA//gqN2E47ajFXSg4ocfH94nc8mRc+Bx8cq58Dj4/RzILsn"
    "niasJQm1JFWMBaIWIn2icuA+ST9vnySO2740oxOad8Re2rqsWWI64CnkbYT+SAX6o3Toj1"
    "pQHk83taVtscBHp5MPdSpPtc+j4adRfzxmZfHW89yY58Orz5f9Sf/ilDdkY5b0eRFzxsGB"
    "AocODlI5xG7FXw5nafnGFZFHv46H12lvREgTD8LVZy76DzJ0p7n+QBm2DAzBpBFg+uqq91"
    "sc7vPL4RnHJhJByyY4g0BoCITurAVAEb7HaCvgfHPewToxOsAkuzBleOZRP8BEiCDYvapg"
    "95UjcxhuqyR+3VigGuYeWXq1qoYfRLHJLDFhgFuG/SUyaHMK7bqD3gfETXBogZ/RlCCT3G"
    "HmwumuO+K6louN4PaUGNYTLwwkyZatZk6l9n1+WKTPx3WBJd7IDerf19PMsv+IhqSEalPR"
    "IfEtkOpccpgThC+6T2KR/FhIjc2TGrsgCysPusH41lXGOnijFHjDhqUbO97I+zWkBDep2a"
    "N2HOjU8YoQ5rVEfR6OubHJo74xvw4HF+wz1UHmxSxPJyqmwXTLIOSAg+mD/gyqvebegiM0"
    "JXff5pg6JJsvPxgU6VEcIwSjQk61PRr1Y7B9QWNLsgAjpOS7Y8ebVvECGgfXgguitSEHD0"
    "RCEEqFWQB9cPaJfjQFNT8TZNTAi4ps/tCTKFhuFfQkkgn9CqDNkcRfN2mvXDtI3OkU8BWk"
    "QgUgtzOzPY6zTJZCy+xKV3LpltnxAjwaXi4NfVZF3olXiqcXztcikSIsWEiiUEHJr3BR4Q"
    "Lzq1y0dIXlct/HX+N0YIcmmVj0nxdZTKtYlAN/K9MjHYKXdmO0A88f4iMrLZHwbT2/twew"
    "p2imBQkd9TkTdVF6pEHArgQLsvuTRMjaZKqpokVJ9BskUE333MbIWufA3UrCDF6wNNkitv"
    "c4ZZtW8Y5NXmEBntz2rgQpsKEwG8RtOMd+KtABA6oyN0aCTEtaEdrXG7gbsySIa1DBSiMW"
    "/SqJr1BorKUIJyRtrQK6fYtkR3LMCW51s444v0cGQQG4F3eIcZ4XU69mkqq2HVK0rgDcgV"
    "qcZEaUJBSA20UBuKJVrcTiTBqWHXygPhMUtSoP2j7KaNft5d9LzSEBs3SdaI3pRsUodB1v"
    "zncbmgT5kYlzHi9O4XmNrskjsZHfRJd1avSUx/kpwjyIHD3ZukscXiuIjnQoEeIPTSa/be"
    "MBKplwDsWCnjH4+qT3/I9UE6Mjv4lBD57PGFLkaqzzRViU4EJ68LhIBclbkLy1xeQt8ATs"
    "zhMQE+7K50CRrIVruvrk2XDjzLX9CWRgZi5s5/dS+AokygmEkCfXpDw5iOmvQ0x/0Wh+EH"
    "nViLwCqV1xSngJivLAO3UTJzcLYoTAgYr8yxGfVzX5AA0UR3lzAZT9y5ArpIhs3lyhQBpU"
    "t2xbnsYSE58KEK/3vAowbncCS1w7gEbu23bCQSN3dbig4+9mjHzpKJd20O236kSxlvaPgZ"
    "7I0BN5ywh5hdY0AGpPsRRpWXQxibY5kkI5i67TQ3My1V0Wy4CRlxiJdBPxlBNEeeI6HxD5"
    "QacwnpFl8k5LvODvk4V0hwVG6KwSsKR4cHXzSvP5ognzadl835IBxdG6BhA0Uc+gCcj2qz"
    "7bj76KRRLQYoRQ9q1w2bd5MQbEKYEDxTgAJYq3Gdey14J6NdMf91ZPr0Alt9IV3Gq6Z0Ju"
    "8UthQ4brcU+FyOrGixw+sjwVyCC3dUu5rfuvWVizDVUVYLWShftJHZaU4ZKYeeTFutKtPZ"
    "JyYWpGH9ZAe4ltN+ib7Vl/kT8f4vPRz67FTTO+i0feh7vYNFKTTvBzPP5Fsu2Tdp34TbDi"
    "1M6KA1VvaqCZQrmVfQeFCjItR0ioQAcMqOpQsAw9nCUVqvw+07oxRDkASViLCmorFBWquK"
    "jQfpTW+AqXaKySlyBdXY0HLajpqldUd3wOlctb21owj6Kv7H9AT/fYZS5D0xI0ziAuid3C"
    "JrIeie0/NqnHbucR5fuesozvKTYfYgdH6I5al40mS/+F7qjQHRUS7JsBGXRH3QWu0B3VBx"
    "e6oyajHKA7akOzvsHOVwMzk01uCduSc5UVEYjauNuobTZZe01cxElOY+rrXUIMS75MTB20"
    "Ut0/F6CV6r5ZAGVX6lB2BVqp1s7XA+URguUGrVRrH5eUpmVWgPEZna798XUS7Rq61kLX2o"
    "YiXGXXWugmCt1E94lprpADnjQujTQI0smzAgzWYxTynr3RCBvMNvuMllifI2vlOvqc8FRk"
    "59lxyeIUXYx6Hyfo578gzwDP/vJM77Kk52omlYbHOoReM9ehIuuPvts4GSQbUzw8T8e/Em"
    "Xkg/CezJgDcRCEHNQy5AB8udv25QavwYK+l5Zkrav5HJOz7ND6bpOZRXczipjp3HoqVB4v"
    "5Kh/PhxdaJNR73r8sT86RbL58prqVVJSD9IzUg8SCamCuEpwKT02JE73okNDwKm0G6cSBI"
    "hAgIgI99zGt25eycxVylPEaW/M2keLuJaLjSJhAzFCqIhRzHHB21PJer6kAh+h2B3oB9sF"
    "/fDg6N3R+7cnR2us11eyIE7CGT+O5VrSEmLwAhVd2DsPvI6jXqM2q9WHXbP9I7daLRCV1K"
    "lrtsbzqdQcCJtgJ1+zrRhZJat037JBWKfHSorfcYbed5xU+yAeNR399saj+s05C3BdpASu"
    "14XrAUYRticq19am31jNxGxzWZx8s/3qxPl5LBACj+vMYwiwrs05au8B1sAGjiVEWO+bBR"
    "BhDRHWwItOqC1Dj8s98iAWB1TAygwcKOk6Yea4cmIpdQrgShmuFJNNcUrgAWTgQAZO/U8D"
    "kIFTK5iLZeAEWkkFMF/4lZ3GkSnbKS9iqhwkOtUr0Smp3QHiioinKsY1zS9rqrBWTTCDnt"
    "1F0FXs2S09vgC4CiKiqtRIw7AqyYz00tN66+laJDm22vg0gVtq6p+I7aYkQA2Lw5VaYngF"
    "yVg3C9avwm9a6rLivzhI7KMnX2w7H/gA1nASLYkdjGR/esPkrTKqnV6aI+j/eL/Xqdc7UN"
    "pAI3YPkvlql8wHdfVqYFMMX5NcHBDIAP7C8AviTB1+gQzgr8qaG6bXl1RPlVvD140Nqhqq"
    "sADVDq7SEhK5kc1RQaKp2AqytV79MiwObFJ/ZdezddZgxCY1NR3Nzd0mQM+rpZ7H/5/APy"
    "NZyR9fTTpqjXKVjtVSQDIyQBItIiJfKwfCMbLWpVlvpwU4JNu0LO0iLdkmoSGqGNqWxF7o"
    "jlOBoY1ulZ/XkzVwNWzLzBbJgHKILUH5CpvPE4v9u2UPyF73lAw1kv8sLaacBT/SZiuPSq"
    "H1YYeuMw9Ey+b4PxD2/jIlTmMA+wromj3+bUbm33LvbWt1dx9wRAuUPEFnPe+Nz3sX/NXU"
    "4rrTnxu1zciLkKJ3iq9KtgaqLcXBlSqj36LQRB4UN02CllpLLVVcGklNSqHolTBDnUuN0Y"
    "Pkxy/XF2PtcjCenPo2d+e1oTvujRnc+zro/z2896iTp/Be/2IQoWPH1fAeq8sS3mPbcWTO"
    "4eAiMqelz2/M3kg7H15/HHz6MuqfImy/psvjVr9b2YTRfR6OJmNt1O9xuqVlu85rpm1wuo"
    "vh+Zer/jUdcNW77n3i5FrQ/cx57UmWuKdCRYGsvqpARDbkMPNFBAoY+aoy8vm7VFkTnz9N"
    "w1igbOALl550O9+TBYorMxJNIFBy0vf/QK0BK9TL3N8Z7/NaoqI0rbNGHSiZow4y7FEHEo"
    "OU7iwN/KzlRTpO1z6TlFL9l8OM+i+HyfovZIF1Iw/Ma4L2Fdg5PD5SsvkdZdj8juIA645G"
    "twn9UbKWzyy6Q2IzRXRH6WJYTynhthZzIE12W4PhbDi8FMx5Z4OYeL7+cnXWp8KEY08H6W"
    "6KPxwbPCZWd3UiM6NlYR4nBdjVYQfbdrqUaZdtGwpJtZnrAUbxQlKFPBp4/siOwI7mv+Pl"
    "3Bo9b7bmqRmp7gyx1u8DKev46S31CZumga+LEkbYpqv095XjcutcRavK7q2nbOnSorAFFt"
    "Eq4vh79nl0traCtmIhVOSRrbSSeLGZ+o/tXV9+uFm0h1Y176YXqJevlVYTAdTnZLG0XNZj"
    "RvN6hZRccoNwwhGfr607gm4+WnplGsbAm62lqyyaMSo/HOeAqp2ZtrHI+hnRH+kZxe94U9"
    "EiG/nT+o0CWwse99BWBVnLguGlUHkJsTtCqslrKuzPAkBVHxoXRnWVC40r6t5uVGhc8CPj"
    "oXFhfKEYGhdxisfD4mJRc6VC45KWunSTeG7GKheaajZrw5+pylyhQlVO9oZlwHIwODPQoU"
    "dsfcYekAh18O90M4MdwjG1CXV4KXEOJRsupUcwpPazymirktrQqlbxiIVdvltI82AvVQ6E"
    "/eEtRHcrnSDpE10iqzj363h4neJhDEnijiZ95qL/IBa22kC0M8BlYAjepADTV1e93+Jwn1"
    "8Oz+JuIjbBmSwMcpdRe3/+Px4HX4k="
)
