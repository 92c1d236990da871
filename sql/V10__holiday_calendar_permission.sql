-- Issue 4: administrators maintain the holiday calendar (holiday_calendar, V6) in the console, one day at a time or
-- by Excel import. The same permission shows the page: only those who may change the calendar need to see it.
-- V9 is taken on main (failed-row queue); this file does not depend on it.

insert into permission (code, description) values
    ('validation:calendar:edit', 'view and change the holiday calendar (holidays and make-up working days), import it from Excel');

insert into role_permission (role_id, permission_id)
select r.id, p.id from role r join permission p on p.code = 'validation:calendar:edit'
where r.code = 'ADMIN';
