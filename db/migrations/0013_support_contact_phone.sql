-- The employer hotline: the phone number the person asking for help can be called back on
-- (issue #16: an urgent request's page must show the company, the contact person and their phone).
-- Users hold no phone number, so the number is given with the request; a mentor's own number is
-- used when they give none. NULL when neither exists. Blanked by anonymisation with the description.
-- From here on urgent requests count their deadline (due_at) in clock hours, normal ones in working
-- hours (shared/domain/placements/sla.ts); rows already stored keep the deadline they were given.
ALTER TABLE support_requests ADD COLUMN contact_phone text CHECK (char_length(contact_phone) <= 40);
