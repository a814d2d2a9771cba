package org.amends.app.security;

import java.util.ArrayList;
import java.util.List;

/** A new account as typed on the set-up page (with the token) or the users page (with roles). */
public class AccountForm {

  private String token;
  private String username;
  private String displayName;
  private String password;
  private List<String> roles = new ArrayList<>();

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : roles;
  }
}
