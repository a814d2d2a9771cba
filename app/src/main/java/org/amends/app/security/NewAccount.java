package org.amends.app.security;

import java.util.Set;

/** A checked new account: user name, display name, the password as typed (hashed on saving), roles. */
record NewAccount(String username, String displayName, String password, Set<Role> roles) {}
