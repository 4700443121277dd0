/**
 * Access (người dùng và phân quyền): users, their role assignments, how they sign in, and what each
 * may see.
 * <p>
 * A role is always granted on an organisation unit and covers that unit and its subtree, and no other
 * ({@link vn.tuyengiao.access.CurrentUser#covers}). The UI signs in with a form (session, CSRF); the API
 * takes HTTP Basic or a personal API token ({@code Authorization: Bearer tg_…}). Passwords are hashed
 * with a {@code DelegatingPasswordEncoder}; repeated failures lock the account for a while; every
 * login, failed login, permission change and denied request goes to the audit trail.
 * <p>
 * Read and write rights are decided by role and unit together: a right in a unit comes from a role that carries it
 * granted on that unit or a unit above; a grant of another role on the same unit adds nothing. Which roles carry a
 * right is data here, {@link vn.tuyengiao.access.RoleGroup} (analysts, handlers, trainers, the cycle's readers,
 * report editors, the board's staff, leaders, administrators), and every module asks the one question of
 * {@link vn.tuyengiao.access.AccessScope}: a role of the group somewhere ({@code require(group)}), on the unit or
 * above ({@code require(group, unit)}, {@code holds}), strictly above ({@code holdsAbove}), and the units it
 * reaches ({@code unitsWith(group)}). A
 * collaborator reads none of the reports, consolidated reports, briefings, tasks, monitoring or cases. Permission
 * is checked before a request's body is read, so a refused caller gets 403 whatever they send.
 * <p>
 * This module does not know the unit tree itself: the module that owns it provides a
 * {@link vn.tuyengiao.access.UnitDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Người dùng và phân quyền (access)",
		allowedDependencies = { "audit", "platform" })
package vn.tuyengiao.access;
