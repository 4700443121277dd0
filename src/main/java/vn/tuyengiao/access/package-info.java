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
 * This module does not know the unit tree itself: the module that owns it provides a
 * {@link vn.tuyengiao.access.UnitDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Người dùng và phân quyền (access)")
package vn.tuyengiao.access;
