## Letter before claim, England and Wales: English wording. $form/$gender: the reader.

title = Letter before claim
heading = { $protocol ->
    [true] Letter of Claim under the Pre-Action Protocol for Debt Claims
   *[other] Letter before claim
}
summary = Amount due: { $demand }. Reply or pay by: { $pay_by }.
opening-protocol = We write about the money you owe { $creditor } under our contract with you. This is a Letter of Claim under the Pre-Action Protocol for Debt Claims. Please read it carefully. { $official ->
    [true] With it you will find the Information Sheet and the Reply Form of Annex 1 to the Protocol and, as part of this document, a statement of account and a Financial Statement form.
   *[other] As part of this document you will find a statement of account, information about this letter, a Reply Form and a Financial Statement form (Annexes 1 to 3).
} You have { $days } days from the date of this letter to reply.
agreement-protocol = **The agreement.** The debt arises from { $contract }, a written agreement between { $creditor } and you. You may ask us for a copy of it at any time. We are the original creditor: the debt has not been assigned to anyone else.
opening-business = We write in accordance with the Practice Direction – Pre-Action Conduct and Protocols about the money { $debtor } owes { $creditor }. This letter sets out our claim, the facts on which it is based and how the amount is calculated.
agreement-business = Under { $contract } we undertook to carry out the work and supply described in it, and you undertook to pay the agreed price. We have performed our obligations and invoiced the amounts due, but the invoices shown below were not paid in full by their due dates.
statement-heading = Statement of account, up to and including the date of this letter
payments-credited = { $count ->
    [one] We have credited the payment received: { $payments }, applied as shown above.
   *[other] We have credited the payments received: { $payments }, applied as shown above.
}
reminder-item = { $how ->
    [email] { $date } (by e-mail)
    [letter] { $date } (by post)
    [none] { $date }
   *[other] { $date }
}
reminders-sent = { $paid ->
    [true] We reminded you of the debt on { $reminders }. The balance shown above remains unpaid.
   *[other] We reminded you of the debt on { $reminders }. It remains unpaid.
}
dispute-recorded = On { $date } you disputed the debt{ $amount ->
    [none] {""}
   *[other] {" "}(an amount of { $amount })
}{ $invoice ->
    [none] {""}
   *[other] {" "}under invoice { $invoice }
}: “{ $disputed }”.
dispute-consumer-rights = If you consider that the goods we supplied, or their installation, do not conform to the contract, or that our work was not carried out with reasonable care and skill, the Consumer Rights Act 2015 may give you the right to have them repaired or replaced or the work repeated, or to a reduction in price (sections 9 to 24, including section 15 on installation, and sections 49 and 54 to 56). Please tell us on the Reply Form which remedy you ask for. You need not pay any part of the price that is genuinely in dispute while we deal with your complaint, but please pay the part you do not dispute.
dispute-adr = { $regime ->
    [dmcca_2024] If we cannot resolve your complaint between us, we will tell you in writing whether any alternative dispute resolution is available to resolve it and, if so, the name and website of the provider (Digital Markets, Competition and Consumers Act 2024, Part 4, Chapter 4).
   *[adr_2015] If we cannot resolve your complaint between us, we will tell you in writing, as regulation 19 of the Alternative Dispute Resolution for Consumer Disputes (Competent Authorities and Information) Regulations 2015 requires, the name and website of a certified alternative dispute resolution provider and whether we will use it.
}
dispute-no-claim-meanwhile = We will not start court proceedings about a part of the debt you dispute while we are considering your reply.
interest-heading = Interest and charges
lpcda-rate-item = { $rate } a year on invoice { $invoice } (8% over Bank Rate of { $bank_rate } on { $reference_day })
interest-lpcda = We claim statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 on each overdue amount from the day after its due date, at { $rates }. The statement shows the interest up to and including the date of this letter. Interest continues to accrue at the same rate until the debt is paid.
interest-s69 = We do not add interest to the amount due now. If we have to issue proceedings, we will ask the court to award interest under section 69 of the County Courts Act 1984, which the court may award at its discretion; calculated at 8% a year to the date of this letter it would be { $interest }.
interest-contractual = We claim contractual interest at { $rate } a year under the agreement on each overdue amount from the day after its due date. The statement shows the interest up to and including the date of this letter. Interest continues to accrue at the same rate until the debt is paid.
interest-none = We do not claim interest.
fees-continue = { $per ->
    [month] The amount includes the late-payment fees agreed in the contract, which continue for each further month of delay up to the agreed maximum.
   *[other] The amount includes the late-payment fees agreed in the contract.
}
compensation-s5a = We also claim fixed-sum compensation of { $amount } under section 5A of the Late Payment of Commercial Debts (Interest) Act 1998.
no-other-charges = No other charges will be added.
todo-heading = What you need to do
todo-protocol = Within { $days } days of the date of this letter, that is by **{ $pay_by }**, please { $undisputed ->
    [none] either pay **{ $demand }**{ $daily ->
        [none] {""}
       *[other] {" "}plus interest of { $daily } a day from { $from } until payment
    }, or complete the Reply Form
   *[other] pay **{ $undisputed }**, the part of the debt you have not disputed, and complete the Reply Form
}{ $official ->
    [true] {" "}(Annex 1 to the Protocol)
   *[other] {" "}(Annex 2)
}{ $undisputed ->
    [none] {""}
   *[other] {" "}about the { $disputed } you dispute,
} and send it to us at { $address }{ $email ->
    [none] {""}
   *[other] {" "}or by e-mail to { $email }
}. If you dispute the debt, in whole or in part, say why on the Reply Form. If you need any document from us, say so on the Reply Form.
todo-business = We therefore ask { $debtor } to pay **{ $demand }**, plus interest accruing after the date of this letter, within { $days } days of the date of this letter, that is by **{ $pay_by }**{ $undisputed ->
    [none] {""}
   *[other] , and in any event to pay the undisputed **{ $undisputed }**{ $accrues ->
        [true] , with the interest accruing on it,
       *[other] {""}
    } by that date
}. Within the same period, please send us a full written response. If you dispute the claim in whole or in part, please explain why and enclose copies of the documents you rely on.
how-to-pay = { $bank ->
    [none] **How to pay.** By bank transfer to account { $account }, account holder { $holder }, quoting the reference { $reference }. Payment is made when the amount is credited to our account.
   *[other] **How to pay.** By bank transfer to account { $account } at { $bank }, account holder { $holder }, quoting the reference { $reference }. Payment is made when the amount is credited to our account.
}
time-requested = On { $date } you asked us for more time to pay. No instalment arrangement has been agreed. If you wish to pay by instalments, please make a proposal on the Reply Form with the Financial Statement: we will consider it.
cannot-pay-protocol = **If you cannot pay in full.** If you cannot pay the whole amount now, please tell us on the Reply Form and complete the Financial Statement{ $official ->
    [true] {""}
   *[other] {" "}(Annex 3)
}, or send us a Standard Financial Statement prepared with a debt adviser: we will consider any reasonable proposal. You can also contact us{ $contact } to discuss repayment options.
advice-heading = Free debt advice
advice-protocol = We recommend that you get independent advice. Free, confidential debt advice is available from the organisations listed in { $official ->
    [true] the Information Sheet (Annex 1 to the Protocol).
   *[other] Annex 1 to this letter.
}
advice-pause = If you tell us on the Reply Form that you are getting debt advice, we will allow you a reasonable time for it, and we will not start court proceedings less than 30 days after we receive your completed Reply Form, or less than 30 days after we send you any documents you ask for, whichever is later.
next-heading = What happens next
next-protocol = { $undisputed ->
    [none] If you neither pay nor return the Reply Form by { $pay_by }, we may issue a claim against you in the County Court from **{ $steps_from }**.
   *[other] If you neither pay the undisputed { $undisputed } nor return the Reply Form by { $pay_by }, we may issue a claim in the County Court from **{ $steps_from }**. It will be a single claim for the whole debt then outstanding, including the { $disputed } you dispute unless we have accepted your reasons. If you dispute any part of the debt on the Reply Form, we will not issue the claim until we have answered your reply in writing.
} If you reply but we cannot reach an agreement, we will give you at least 14 days' written notice before starting proceedings. A court claim would add the court fee and further interest to the debt, and a County Court Judgment against you could affect your ability to obtain credit. The court expects both of us to follow the Protocol and may take any failure to do so into account, including when deciding who pays the costs.
documents-business = **Documents.** We will send you copies of the contract and the invoices listed above on request.
adr-heading = Alternative dispute resolution
adr-business = We are willing to consider resolving this matter without proceedings, for example by negotiation or mediation. Please let us know by { $pay_by } if you wish to propose a form of alternative dispute resolution. The court may require a party to explain a refusal to consider it.
next-business = { $dispute_kind ->
    [part] To avoid proceedings, please by { $pay_by } (a) pay the undisputed { $undisputed }{ $accrues ->
        [true] , with the interest accruing on it after the date of this letter,
       *[other] {""}
    } and (b) either pay the remaining { $disputed } or send us your reasons for disputing it. If either of these is not done, we intend to issue a single claim in the County Court from **{ $steps_from }** for the whole debt then outstanding (including the part you dispute, unless we have accepted your reasons), interest{ $compensation ->
        [true] , fixed-sum compensation
       *[other] {""}
    } and the court fee. If you send us reasons for disputing any part of the debt, we will not issue the claim until we have considered them and replied to you in writing, as we say above; otherwise we will issue it without further notice.
    [whole] If by { $pay_by } you have neither paid the full amount nor sent us a satisfactory response, we intend to issue a claim in the County Court from **{ $steps_from }**, claiming the debt, interest{ $compensation ->
        [true] , fixed-sum compensation
       *[other] {""}
    } and the court fee. If you send us reasons for disputing all or part of the debt, we will not issue the claim until we have considered them and replied to you in writing, as we say above; otherwise we will issue it without further notice.
   *[none] If the full amount is not received, or we do not receive a satisfactory response, by { $pay_by }, we intend to issue a claim in the County Court from **{ $steps_from }** without further notice, claiming the debt, interest{ $compensation ->
        [true] , fixed-sum compensation
       *[other] {""}
    } and the court fee.
} We will refer the court to this letter and ask it to take into account any failure to comply with the Practice Direction when giving directions and making orders as to costs and interest (paragraphs 13 to 16 of the Practice Direction).
reserve-rights = We reserve all our rights.
with-letter-heading = With this letter
with-statement = Statement of account (above)
with-information-sheet = { $official ->
    [true] The Information Sheet and the Reply Form of Annex 1 to the Pre-Action Protocol for Debt Claims
   *[other] Annex 1: Information about this letter
}
with-reply-form = Annex 2: Reply Form
with-financial-statement = { $official ->
    [true] Financial Statement (below)
   *[other] Annex 3: Financial Statement
}
copies-on-request = copies of { $contract } and of the invoices.
info-title = Annex 1: Information about this letter
info-intro = { $creditor } prepared this information for this letter. It is not the official Information Sheet of Annex 1 to the Pre-Action Protocol for Debt Claims. { $creditor } says that you owe it money and may take you to court; the Letter of Claim says how much and why. You should reply by { $pay_by }.
info-read = Read the Letter of Claim and this information carefully. Do not ignore them: if you do not reply, the creditor may start court proceedings against you, and a County Court Judgment may be entered against you.
info-advice-heading = Getting free, independent debt advice
info-advice = Free, confidential debt advice is available from these organisations, among others. You can ask for time to get advice: say so on the Reply Form.
info-advice-national-debtline = National Debtline: nationaldebtline.org
info-advice-business-debtline = Business Debtline, for the self-employed and small businesses: businessdebtline.org
info-advice-stepchange = StepChange Debt Charity: stepchange.org
info-advice-citizens-advice = Citizens Advice: citizensadvice.org.uk
info-advice-moneyhelper = MoneyHelper (free guidance and a locator of debt advice services): moneyhelper.org.uk
info-reply-heading = Replying to the Letter of Claim
info-reply = Use the Reply Form (Annex 2) to tell the creditor whether you agree that you owe the debt, whether you need documents or time for advice, and how you can pay. Send it within { $days } days of the date of the Letter of Claim. Keep a copy.
info-documents = If you need documents to decide whether you owe the debt, for example a copy of the agreement or a statement, ask for them on the Reply Form. The creditor should send them, or explain why it cannot, within 30 days of your request.
info-dispute = If you do not agree that you owe the debt, or the amount, say why on the Reply Form and send copies of any documents you rely on. The creditor should consider what you say and reply before starting proceedings, and you may both consider mediation or another form of alternative dispute resolution.
info-pay = If you agree that you owe the debt but cannot pay it all now, fill in the Financial Statement (Annex 3), or a Standard Financial Statement prepared with a debt adviser, and propose how you can pay.
info-no-reply-heading = If you do not reply
info-no-reply = If you do not reply within the time given, the creditor may start court proceedings against you. If the creditor has received your Reply Form and no agreement is reached, it should give you at least 14 days' notice before starting proceedings.
info-court-conduct = The court expects you and the creditor to have followed the Pre-Action Protocol for Debt Claims, and may take into account whether each of you did, for example when deciding who pays the costs.
info-source = The Pre-Action Protocol for Debt Claims, with the official Information Sheet and Reply Form in its Annex 1, is published at justice.gov.uk (Civil Procedure Rules, Pre-Action Protocols).
reply-title = Annex 2: Reply Form
reply-to = Send this form to { $creditor }, { $address }{ $email ->
    [none] {""}
   *[other] , or by e-mail to { $email }
}, quoting the reference { $reference }, by { $pay_by }. Tick the boxes that apply.
reply-your-details = Your full name: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_ Address: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
reply-s1 = Section 1: Debt advice
reply-s1-a = I am getting debt advice from: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
reply-s1-b = I would like time to get debt advice. I expect to have it by: \_\_\_\_\_\_\_\_\_\_\_\_
reply-s1-c = I do not intend to get debt advice.
reply-s2 = Section 2: The debt
reply-s2-a = I agree that I owe the debt of { $demand }.
reply-s2-b = I agree that I owe part of the debt: £\_\_\_\_\_\_\_\_. I do not owe the rest because (Section 4): \_\_\_\_\_\_\_\_\_\_\_\_
reply-s2-c = I do not know whether I owe the debt: I need the documents in Section 3 to decide.
reply-s2-d = I dispute the debt. My reasons are in Section 4.
reply-s3 = Section 3: Documents I ask for
reply-s3-a = A copy of the agreement.
reply-s3-b = A statement of account.
reply-s3-c = Other (please say which): \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
reply-s4 = Section 4: Why I dispute the debt, or other information
reply-s4-text = \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_
reply-s5 = Section 5: Paying the debt
reply-s5-text = I will pay in full by: \_\_\_\_\_\_\_\_\_\_\_\_ or I offer to pay £\_\_\_\_\_\_\_\_ each month from \_\_\_\_\_\_\_\_\_\_\_\_. I enclose my Financial Statement (Annex 3) or a Standard Financial Statement.
reply-sign = Signed: \_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_ Date: \_\_\_\_\_\_\_\_\_\_\_\_\_\_
fs-title = { $official ->
    [true] Financial Statement
   *[other] Annex 3: Financial Statement
}
fs-intro = Complete this statement if you want to pay by instalments. Give monthly amounts. The headings follow the Standard Financial Statement of the Money and Pensions Service; a Standard Financial Statement completed with a debt adviser may be sent instead. Do not include payments on your debts under outgoings: list your debts at the end.
fs-col-item = Item
fs-col-amount = £ a month
fs-household = Your household
fs-household-people = Adults and children living with you; vehicles
fs-income = Income
fs-income-earnings = Earnings after tax (you and your partner)
fs-income-benefits = Benefits and tax credits
fs-income-pensions = Pensions
fs-income-other = Other income (maintenance, lodgers, other)
fs-income-total = Total income
fs-fixed = Fixed costs
fs-fixed-home = Home: rent or mortgage, ground rent and service charges, buildings and contents insurance
fs-fixed-council-tax = Council Tax
fs-fixed-utilities = Gas, electricity, other fuel and water
fs-fixed-care = Care and health costs; childcare; child maintenance you pay
fs-fixed-travel = Travel: public transport, car insurance, tax, fuel, repairs
fs-fixed-school = School costs
fs-fixed-pensions-insurance = Pension contributions and life insurance
fs-fixed-other = Other essential costs (TV licence, professional costs, fines)
fs-flexible = Flexible costs
fs-flexible-communications = Communications and leisure: phone, internet, TV, hobbies, gifts
fs-flexible-food = Food and housekeeping: food, toiletries, cleaning, school meals, meals at work
fs-flexible-personal = Personal costs: clothing, hairdressing, pets
fs-savings = Savings contributions
fs-priority-debts = Priority debts (rent or mortgage arrears, Council Tax arrears, energy arrears, fines): creditor and amount
fs-other-debts = Other debts (cards, loans, catalogues, this debt): creditor and amount
fs-total-outgoings = Total outgoings
fs-available = Income less outgoings
fs-offer = My offer to this creditor, each month
fs-declaration = I believe the information in this statement is true.
dispute-position = { $evidence ->
    [none] Our position is that the amount shown above is due.
   *[other] Our position is that the amount shown above is due. We rely on { $evidence }.
}
dispute-reply = { $protocol ->
    [true] If you still dispute all or part of the debt, please say so on the Reply Form, explain why, and send us copies of any documents or photographs you rely on. We will reply to you in writing about the part you dispute before we take any further step about it.
   *[other] If you still dispute all or part of the debt, please tell us in writing why, with copies of any documents or photographs you rely on. We will reply to you in writing about the part you dispute before we take any further step about it.
}
dispute-undisputed = You have not disputed the rest of the debt, { $undisputed }: please pay that part by { $pay_by }.
promise-recorded = On { $date } you promised to pay{ $by ->
    [none] {""}
   *[other] {" "}by { $by }
}. The balance shown above remains unpaid.
reply-not-official = { $creditor } prepared this form for replying to this letter. It is not the official Reply Form of Annex 1 to the Pre-Action Protocol for Debt Claims.
not-ready = NOT READY TO SEND. Print the Information Sheet and Reply Form of Annex 1 to the Pre-Action Protocol for Debt Claims from justice.gov.uk, enclose them with this letter, record `annex_1_enclosed: true` in the case file and build again.
sent-without-annex-1 = The letter as sent did not enclose the official Information Sheet and Reply Form of Annex 1 to the Pre-Action Protocol for Debt Claims; the annexes below are the creditor's own.
summary-disputed = { $protocol ->
    [true] Amount due: { $demand }, of which you dispute { $disputed }. Please pay the undisputed { $undisputed }, or reply, by { $pay_by }.
   *[other] Amount due: { $demand }, of which you dispute { $disputed }. Please pay the undisputed { $undisputed } by { $pay_by }, and by then either pay the rest or send us your reasons for disputing it.
}
interest-void-rate = Our contract provides for interest at { $rate } a year. That is not a substantial remedy for late payment within section 9 of the Late Payment of Commercial Debts (Interest) Act 1998, so that term is void (section 8(4)) and statutory interest under the Act applies instead.
on-request-heading = Available on request:
