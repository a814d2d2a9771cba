package org.amends.app.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.amends.app.EmbeddedEngineTestSupport;
import org.amends.app.modeler.Draft.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Deploying a manager's draft through the real Camunda client and engine: all or nothing, never
 * with lint errors or without a comment, and a deployment the engine refuses changes nothing.
 */
@SpringBootTest
class ProcessDeployerTest extends EmbeddedEngineTestSupport {

  private static final String CONSENT = "informed-consent";
  private static final String CONSENT_FORM = "record-consent";

  @Autowired ProcessDeployer deployer;
  @Autowired Drafts drafts;
  @Autowired ProcessCatalogue catalogue;
  @Autowired DeploymentRecords records;

  @Test
  void shouldDeployTheProcessWithItsFormAsOneVersionRecordingWhoAndWhy() {
    // given a draft of the consent process and a draft of the form its user task links
    drafts.save(Kind.PROCESS, CONSENT, bundled().replace("name=\"Record informed consent\"",
        "name=\"Record the party's informed consent\""), 0, "manager");
    drafts.save(Kind.FORM, CONSENT_FORM, BundledFiles.form(CONSENT_FORM).orElseThrow()
        .replace("Have they given their informed consent?", "Has the party given informed consent?"), 0, "manager");
    long formBefore = records.newestKey(DeploymentRecords.Kind.FORM, CONSENT_FORM).orElseThrow();

    // when the manager deploys it with a comment
    DeployOutcome outcome = deployer.deploy(CONSENT, "Clearer task name and question", "manager");

    // then both are live, recorded with the manager and comment, and the drafts are gone
    assertThat(outcome.succeeded()).as(String.valueOf(outcome.problem())).isTrue();
    List<ProcessVersion> versions = catalogue.versions(CONSENT);
    assertThat(versions.get(0).version()).isEqualTo(outcome.version()).isGreaterThan(1);
    assertThat(versions.get(0).deployedBy()).isEqualTo("manager");
    assertThat(versions.get(0).comment()).isEqualTo("Clearer task name and question");
    assertThat(versions.get(1).deployedBy()).isEqualTo(BundledDeployment.BUNDLED_COMMENT);
    assertThat(records.newestKey(DeploymentRecords.Kind.FORM, CONSENT_FORM)).get().isNotEqualTo(formBefore);
    assertThat(records.newestDeployedByManager(DeploymentRecords.Kind.FORM, CONSENT_FORM)).isTrue();
    assertThat(drafts.find(Kind.PROCESS, CONSENT)).isEmpty();
    assertThat(drafts.find(Kind.FORM, CONSENT_FORM)).isEmpty();
  }

  @Test
  void shouldLeaveTheLiveVersionAndTheFormsUntouchedWhenTheEngineRefusesTheDeployment() {
    // given a draft the lint did not stop (a service task without a job type) and a form draft
    String broken = BundledFiles.read("bpmn/case-closure.bpmn").orElseThrow()
        .replaceFirst("<zeebe:taskDefinition type=\"[^\"]+\"/>", "");
    drafts.save(Kind.PROCESS, "case-closure", broken, 0, "manager");
    int liveBefore = catalogue.live("case-closure").orElseThrow().version();

    // when the manager deploys it
    DeployOutcome outcome = deployer.deploy("case-closure", "Should not go out", "manager");

    // then the engine's message names the element, and nothing changed
    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.field()).isEqualTo("engine");
    assertThat(outcome.problem()).contains("ServiceTask_CloseCase");
    assertThat(catalogue.live("case-closure").orElseThrow().version()).isEqualTo(liveBefore);
    assertThat(drafts.find(Kind.PROCESS, "case-closure")).isPresent();
  }

  @Test
  void shouldNotDeployADraftWithLintErrorsOrWithoutAComment() {
    int versionsBefore = catalogue.versions("meeting").size();
    drafts.save(Kind.PROCESS, "meeting", BundledFiles.read("bpmn/meeting.bpmn").orElseThrow(), 2, "manager");
    assertThat(deployer.deploy("meeting", "A comment", "manager"))
        .isEqualTo(DeployOutcome.refused("draft", "The draft has 2 errors: fix them in the modeler and save the draft again"));

    drafts.save(Kind.PROCESS, "meeting", BundledFiles.read("bpmn/meeting.bpmn").orElseThrow(), 0, "manager");
    assertThat(deployer.deploy("meeting", " ", "manager"))
        .isEqualTo(DeployOutcome.refused("comment", "Enter a comment that says what changed and why"));
    assertThat(catalogue.versions("meeting")).hasSize(versionsBefore);
  }

  @Test
  void shouldNotDeployAFormTheTasklistCannotDrawAndNameTheField() {
    // given a form draft saved before the check, whose question is now a tag list
    drafts.save(Kind.PROCESS, CONSENT, bundled(), 0, "manager");
    drafts.save(Kind.FORM, CONSENT_FORM, BundledFiles.form(CONSENT_FORM).orElseThrow()
        .replace("\"type\": \"textarea\"", "\"type\": \"taglist\""), 0, "manager");
    int versionsBefore = catalogue.versions(CONSENT).size();

    // when the manager deploys the process
    DeployOutcome outcome = deployer.deploy(CONSENT, "Tags for what they agreed to", "manager");

    // then nothing goes out, and the problem names the form and the field
    assertThat(outcome).isEqualTo(DeployOutcome.refused("draft", "The form 'record-consent.form' cannot be shown in the"
        + " tasklist: The field 'What have they agreed to?' (Field_consentScope) is a 'taglist' component, which the"
        + " tasklist cannot show"));
    assertThat(catalogue.versions(CONSENT)).hasSize(versionsBefore);
    drafts.delete(Kind.FORM, CONSENT_FORM);
    drafts.delete(Kind.PROCESS, CONSENT);
  }

  private static String bundled() {
    return BundledFiles.read("bpmn/" + CONSENT + ".bpmn").orElseThrow();
  }
}
