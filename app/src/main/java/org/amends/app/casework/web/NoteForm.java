package org.amends.app.casework.web;

/** Add a note. {@code noteKey} makes a second press of the button add nothing. */
class NoteForm {

  static final int MAX_LENGTH = 5000;

  private String note;
  private String noteKey;

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getNoteKey() {
    return noteKey;
  }

  public void setNoteKey(String noteKey) {
    this.noteKey = noteKey;
  }
}
