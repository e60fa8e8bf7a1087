"""The topic each premise check of the Checker (knowledge/premise.py) corrects, for a message that names none
('1240号文是1月发的吧' is about the notice itself)."""

TOPIC_OF = {"_weekday": "deadline", "_midnight": "deadline", "_cut_off": "eligibility", "_required": "eligibility", "_weight": "criteria", "_listed": "",
            "_share": "criteria", "_former": "consult", "_direct": "", "_mail_to_unit": "mail", "_address": "mail", "_mailbox": "submit",
            "_platform": "submit", "_stage_date": "schedule", "_lapsed": "eligibility",
            "_channels": "paper", "_seal": "seal", "_website": "submit", "_issued": "about", "_one_item": "one_item", "_applicant": "eligibility",
            "_layout": "format", "_quota": "one_item", "_every_page": "seal", "_opens": "deadline", "_hand_in": "paper", "_industry": "eligibility"}
