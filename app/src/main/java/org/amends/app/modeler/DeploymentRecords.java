package org.amends.app.modeler;

import io.camunda.client.api.response.DeploymentEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amends' own record of each deployment (the engine keeps no author or comment): which process,
 * decision and form versions it made, by whom, when, and the comment.
 */
@Repository
class DeploymentRecords {

  enum Kind { PROCESS, DECISION, FORM }

  private final JdbcClient jdbc;
  private final Clock clock;

  DeploymentRecords(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records the deployment; a version the engine found unchanged keeps its first record. */
  @Transactional
  void record(DeploymentEvent deployment, String comment, String deployedBy) {
    jdbc.sql("""
            insert into amends.modeler_deployment (deployment_key, comment, deployed_by, deployed_at)
            values (:key, :comment, :by, :at) on conflict do nothing""")
        .param("key", deployment.getKey())
        .param("comment", comment)
        .param("by", deployedBy)
        .param("at", Timestamp.from(clock.instant()))
        .update();
    deployment.getProcesses().forEach(p ->
        resource(p.getProcessDefinitionKey(), deployment.getKey(), Kind.PROCESS, p.getBpmnProcessId(), p.getVersion()));
    deployment.getDecisions().forEach(d ->
        resource(d.getDecisionKey(), deployment.getKey(), Kind.DECISION, d.getDmnDecisionId(), d.getVersion()));
    deployment.getForm().forEach(f ->
        resource(f.getFormKey(), deployment.getKey(), Kind.FORM, f.getFormId(), f.getVersion()));
  }

  private void resource(long definitionKey, long deploymentKey, Kind kind, String resourceId, int version) {
    jdbc.sql("""
            insert into amends.modeler_deployed_resource (definition_key, deployment_key, kind, resource_id, version)
            values (:definitionKey, :deploymentKey, :kind, :id, :version) on conflict do nothing""")
        .param("definitionKey", definitionKey)
        .param("deploymentKey", deploymentKey)
        .param("kind", kind.name())
        .param("id", resourceId)
        .param("version", version)
        .update();
  }

  /** Definition key → its deployment's record, for every version of one resource. */
  Map<Long, DeploymentRecord> byDefinitionKey(Kind kind, String resourceId) {
    Map<Long, DeploymentRecord> records = new HashMap<>();
    jdbc.sql("""
            select r.definition_key, d.deployment_key, d.comment, d.deployed_by, d.deployed_at
            from amends.modeler_deployed_resource r join amends.modeler_deployment d using (deployment_key)
            where r.kind = :kind and r.resource_id = :id""")
        .param("kind", kind.name())
        .param("id", resourceId)
        .query(rs -> {
          records.put(rs.getLong("definition_key"), new DeploymentRecord(rs.getLong("deployment_key"),
              rs.getString("comment"), rs.getString("deployed_by"), rs.getTimestamp("deployed_at").toInstant()));
        });
    return records;
  }

  /** Whether the newest recorded version of the resource came from a manager, not the bundle. */
  boolean newestDeployedByManager(Kind kind, String resourceId) {
    return jdbc.sql("""
            select d.deployed_by is not null from amends.modeler_deployed_resource r
              join amends.modeler_deployment d using (deployment_key)
            where r.kind = :kind and r.resource_id = :id order by r.version desc limit 1""")
        .param("kind", kind.name())
        .param("id", resourceId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** The key of the newest recorded version of a resource, if Amends recorded any. */
  java.util.Optional<Long> newestKey(Kind kind, String resourceId) {
    return jdbc.sql("""
            select definition_key from amends.modeler_deployed_resource
            where kind = :kind and resource_id = :id order by version desc limit 1""")
        .param("kind", kind.name())
        .param("id", resourceId)
        .query(Long.class)
        .optional();
  }

  /** Form ids that have at least one version deployed by a manager or by the bundle. */
  java.util.List<String> resourceIds(Kind kind) {
    return jdbc.sql("select distinct resource_id from amends.modeler_deployed_resource where kind = :kind order by 1")
        .param("kind", kind.name())
        .query(String.class)
        .list();
  }
}
