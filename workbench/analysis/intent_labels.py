"""How the labelled public intent sets map onto the workbench's six intents (training and evaluation)."""

from __future__ import annotations

BITEXT = {
    "cancel_order": "request",
    "change_order": "request",
    "change_shipping_address": "request",
    "check_cancellation_fee": "question",
    "check_invoice": "request",
    "check_payment_methods": "question",
    "check_refund_policy": "question",
    "complaint": "complaint",
    "contact_customer_service": "request",
    "contact_human_agent": "request",
    "create_account": "request",
    "delete_account": "churn_threat",
    "delivery_options": "question",
    "delivery_period": "question",
    "edit_account": "request",
    "get_invoice": "request",
    "get_refund": "request",
    "newsletter_subscription": "request",
    "payment_issue": "complaint",
    "place_order": "request",
    "recover_password": "request",
    "registration_problems": "complaint",
    "review": "other",
    "set_up_shipping_address": "request",
    "switch_account": "request",
    "track_order": "question",
    "track_refund": "question",
}

_B77_COMPLAINT_TEXT = """
Refund_not_showing_up balance_not_updated_after_bank_transfer balance_not_updated_after_cheque_or_cash_deposit
card_not_working card_payment_not_recognised card_payment_wrong_exchange_rate card_swallowed
cash_withdrawal_not_recognised compromised_card contactless_not_working declined_card_payment
declined_cash_withdrawal declined_transfer direct_debit_payment_not_recognised extra_charge_on_statement
failed_transfer lost_or_stolen_card lost_or_stolen_phone pin_blocked reverted_card_payment? top_up_failed
top_up_reverted transaction_charged_twice transfer_not_received_by_recipient unable_to_verify_identity
virtual_card_not_working wrong_amount_of_cash_received wrong_exchange_rate_for_cash_withdrawal
card_payment_fee_charged cash_withdrawal_charge transfer_fee_charged pending_card_payment
pending_cash_withdrawal pending_top_up pending_transfer beneficiary_not_allowed card_arrival
"""
_B77_COMPLAINT = set(_B77_COMPLAINT_TEXT.split())
_B77_REQUEST_TEXT = """
activate_my_card cancel_transfer change_pin edit_personal_details get_disposable_virtual_card
get_physical_card getting_spare_card getting_virtual_card order_physical_card request_refund
verify_my_identity passcode_forgotten
"""
_B77_REQUEST = set(_B77_REQUEST_TEXT.split())


def banking77(category: str) -> str:
    """complaint (a problem report), request (asks for an action), churn_threat, else question."""
    if category == "terminate_account":
        return "churn_threat"
    if category in _B77_COMPLAINT:
        return "complaint"
    if category in _B77_REQUEST:
        return "request"
    return "question"
