-- Accounts as a real deployment needs them (issue 10, finding 8): failed sign-ins counted in the
-- database and a temporary lock, and a password change required at the next sign-in.
alter table app_user add column failed_logins integer not null default 0;
alter table app_user add column locked_until timestamp with time zone;
alter table app_user add column must_change_password boolean not null default false;
