package org.amends.app.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.amends.app.followup.Respondent;
import org.amends.app.followup.SurveyResponse;
import org.amends.app.followup.SurveyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes survey links and takes their answers. A link works for {@link SurveySettings#linkValidity()}
 * and once: the answer and the link's use are one transaction, with the link's row locked, so a
 * second answer (even at the same moment) is refused.
 */
@Service
class SurveyInvitations {

  private final SurveyInvitationRepository invitations;
  private final SurveyService responses;
  private final SurveyDrafts drafts;
  private final SurveySettings settings;
  private final Clock clock;

  SurveyInvitations(SurveyInvitationRepository invitations, SurveyService responses, SurveyDrafts drafts,
      SurveySettings settings, Clock clock) {
    this.invitations = invitations;
    this.responses = responses;
    this.drafts = drafts;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * A new link for this request key, as its token; empty when the key already has one (its
   * email went with it, and the token itself is not kept).
   */
  @Transactional
  Optional<String> invite(long caseId, Respondent respondent, Long partyId, String requestKey) {
    if (invitations.findByRequestKey(requestKey).isPresent()) {
      return Optional.empty();
    }
    String token = SurveyTokens.newToken();
    Instant now = now();
    invitations.save(new SurveyInvitation(null, caseId, respondent, partyId, SurveyTokens.hash(token),
        now, now.plus(settings.linkValidity()), null, requestKey));
    return Optional.of(token);
  }

  /** Forgets the link made under this key (its email was not sent). */
  @Transactional
  void withdraw(String requestKey) {
    invitations.findByRequestKey(requestKey).ifPresent(invitations::delete);
  }

  /** What a link is now. */
  Link open(String token) {
    if (!SurveyTokens.wellFormed(token)) {
      return Link.unknown();
    }
    return invitations.findByTokenHash(SurveyTokens.hash(token)).map(this::state).orElse(Link.unknown());
  }

  /** The answers given so far on the question pages of an open link. */
  SurveyAnswers draft(String token) {
    return drafts.of(SurveyTokens.hash(token));
  }

  /** Keeps one page's answer; false when the link no longer works. */
  @Transactional
  boolean keep(String token, SurveyQuestion question, Object answer) {
    return SurveyTokens.wellFormed(token) && drafts.save(SurveyTokens.hash(token), question, answer, now());
  }

  /**
   * Records the answers if the link still works and marks it used; otherwise says why not and
   * records nothing.
   */
  @Transactional
  Link answer(String token, SurveyAnswers answers) {
    if (!SurveyTokens.wellFormed(token)) {
      return Link.unknown();
    }
    Optional<SurveyInvitation> found = invitations.lockByTokenHash(SurveyTokens.hash(token));
    if (found.isEmpty()) {
      return Link.unknown();
    }
    SurveyInvitation invitation = found.get();
    Link link = state(invitation);
    if (link.state() != LinkState.OPEN) {
      return link;
    }
    Instant now = now();
    String key = "survey-invitation:" + invitation.id();
    responses.record(invitation.respondent() == Respondent.PARTY
        ? new SurveyResponse(null, invitation.caseId(), Respondent.PARTY, invitation.partyId(),
            answers.satisfaction() == null ? null : answers.satisfaction() >= 4,
            answers.wouldRecommend(), answers.feltPrepared(), answers.comments(), now, key,
            answers.satisfaction(), answers.wellRun())
        : new SurveyResponse(null, invitation.caseId(), Respondent.REFERRER, null, null,
            answers.wouldRecommend(), null, answers.comments(), now, key, null, null));
    invitations.save(invitation.used(now));
    drafts.clear(invitation.id());
    return new Link(LinkState.ANSWERED, invitation.respondent(), invitation.caseId());
  }

  private Link state(SurveyInvitation invitation) {
    LinkState state = invitation.usedAt() != null ? LinkState.USED
        : !now().isBefore(invitation.expiresAt()) ? LinkState.EXPIRED
        : LinkState.OPEN;
    return new Link(state, invitation.respondent(), invitation.caseId());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  enum LinkState { OPEN, USED, EXPIRED, UNKNOWN, ANSWERED }

  /** A link's state, who it is for, and its case (for the audit log only; never shown). */
  record Link(LinkState state, Respondent respondent, Long caseId) {

    static Link unknown() {
      return new Link(LinkState.UNKNOWN, null, null);
    }
  }
}
