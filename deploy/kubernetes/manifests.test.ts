import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { CronJob, Job } from "kubernetes-models/batch/v1";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { ConfigMap, PersistentVolumeClaim, Service, ServiceAccount } from "kubernetes-models/v1";
import { overlayNames, renderedDir, renderedHeader, renderOverlay } from "../../scripts/renderKubernetes";
import { subgraphs } from "../../scripts/subgraphs";

/**
 * The Kubernetes manifests, checked offline: every overlay renders (kubectl kustomize), every object is
 * valid against the Kubernetes API schemas (kubernetes-models), the rendered examples in docs/ are
 * fresh, and what a platform team relies on holds in every overlay.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: any;
  data?: any;
};

const models: Record<string, new (data: never) => { validate(): void }> = {
  "v1/ConfigMap": ConfigMap,
  "v1/Service": Service,
  "v1/ServiceAccount": ServiceAccount,
  "v1/PersistentVolumeClaim": PersistentVolumeClaim,
  "apps/v1/Deployment": Deployment,
  "batch/v1/Job": Job,
  "batch/v1/CronJob": CronJob,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "networking.k8s.io/v1/NetworkPolicy": NetworkPolicy,
};

const services = [{ name: "gateway", port: 4000 }, ...subgraphs];
const secretLike = /SECRET|PASSWORD|KEY|TOKEN|DATABASE_URL|REDIS_URL/;

describe.each(overlayNames())("the %s overlay", (overlay) => {
  const rendered = renderOverlay(overlay);
  const objects = parseAllDocuments(rendered).map((document) => document.toJS() as K8sObject);
  const byKind = (kind: string) => objects.filter((object) => object.kind === kind);
  const named = (kind: string, name: string) => {
    const found = byKind(kind).find((object) => object.metadata.name === name);
    if (!found) throw new Error(`${overlay}: no ${kind} ${name}`);
    return found;
  };
  const deployments = byKind("Deployment");
  /** Every pod template with its owner's name: the Deployments', the Jobs' and the CronJobs' jobs'. */
  const podTemplates = () => [
    ...[...deployments, ...byKind("Job")].map((object) => ({ name: object.metadata.name, template: object.spec.template })),
    ...byKind("CronJob").map((object) => ({ name: object.metadata.name, template: object.spec.jobTemplate.spec.template })),
  ];

  it("is valid against the Kubernetes schemas, object by object", () => {
    expect(objects.length).toBeGreaterThan(20);
    for (const object of objects) {
      const Model = models[`${object.apiVersion}/${object.kind}`];
      if (!Model) throw new Error(`${overlay}: no schema known for ${object.apiVersion} ${object.kind} (add it to the test)`);
      expect(() => new Model(object as never).validate()).not.toThrow();
    }
  });

  it("matches its rendered example in docs/kubernetes (npm run k8s:render)", () => {
    expect(readFileSync(join(renderedDir, `${overlay}.yaml`), "utf8")).toBe(renderedHeader(overlay) + rendered);
  });

  it("runs the gateway and every subgraph of the registry with at least two replicas, on its own port", () => {
    for (const { name, port } of services) {
      const deployment = named("Deployment", name);
      expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
      const [container] = deployment.spec.template.spec.containers;
      expect(container.ports).toEqual([{ name: "http", containerPort: port }]);
      expect(container.env).toContainEqual({ name: "PORT", value: String(port) });
      expect(named("Service", name).spec.ports[0].port).toBe(port);
      expect(named("PodDisruptionBudget", name).spec.minAvailable).toBe(1);
    }
    expect(deployments).toHaveLength(services.length);
  });

  it("probes liveness and readiness on the health endpoints, and never drops below its replicas in a rollout", () => {
    for (const deployment of deployments) {
      const [container] = deployment.spec.template.spec.containers;
      expect(container.livenessProbe.httpGet.path).toBe("/health/live");
      expect(container.readinessProbe.httpGet.path).toBe("/health/ready");
      expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
      // The grace period covers the preStop pause plus the service's own SHUTDOWN_GRACE_MS drain.
      expect(deployment.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(30);
    }
  });

  it("runs every container non-root on a read-only root filesystem, with requests and a memory limit", () => {
    const pods = podTemplates().map(({ template }) => template.spec);
    for (const pod of pods) {
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      expect(pod.automountServiceAccountToken).toBe(false);
      for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
        expect(container.securityContext).toEqual({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ["ALL"] },
        });
        expect(container.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
        expect(container.resources.limits.memory).toEqual(expect.any(String));
      }
    }
  });

  it("takes configuration from the ConfigMap and every secret from the Secret, none written in the repository", () => {
    expect(byKind("Secret")).toEqual([]);
    const config = named("ConfigMap", "silta-config");
    for (const key of Object.keys(config.data)) expect(key).not.toMatch(secretLike);
    for (const { template } of podTemplates()) {
      for (const container of template.spec.containers) {
        for (const variable of container.env ?? []) {
          if (secretLike.test(variable.name)) expect(variable.valueFrom?.secretKeyRef?.name).toBe("silta-secrets");
        }
      }
    }
  });

  it("migrates in a Job, and holds each subgraph pod until its own schema is migrated", () => {
    const [job] = byKind("Job");
    expect(job!.spec.template.spec.containers[0].command).toEqual(["node", "--import", "tsx", "scripts/migrate.ts"]);
    for (const { name } of subgraphs) {
      const [init] = named("Deployment", name).spec.template.spec.initContainers;
      expect(init.command).toEqual(["node", "--import", "tsx", "scripts/awaitMigrations.ts"]);
      expect(init.env).toContainEqual({ name: "DATABASE_SCHEMA", value: name });
    }
  });

  it("verifies the access log hourly after its checkpoint and a slice of the whole, finished weekly, as the audit role, one run at a time, the checkpoint on a volume of its own", () => {
    const cronJob = named("CronJob", "silta-audit-verify");
    expect(cronJob.spec).toMatchObject({ schedule: "17 * * * *", concurrencyPolicy: "Forbid" });
    const pod = cronJob.spec.jobTemplate.spec.template.spec;
    const [container] = pod.containers;
    expect(container.command).toEqual([
      ...["node", "--import", "tsx", "subgraphs/consents/src/audit/main.ts"],
      ...[
        "--checkpoint",
        "/checkpoint/access-log.checkpoint.json",
        "--since-checkpoint",
        "--slice-seconds",
        "900",
        "--whole-every",
        "7",
      ],
    ]);
    expect(container.env).toContainEqual({ name: "DATABASE_SCHEMA", value: "consents" });
    expect(container.env).toContainEqual({
      name: "AUDIT_CHECKPOINT_KEY",
      valueFrom: { secretKeyRef: { name: "silta-secrets", key: "AUDIT_CHECKPOINT_KEY" } },
    });
    // As the audit role, which reads the log and nothing else; never as the services' role, nor with the whole Secret.
    expect(container.env.filter((variable: { name: string }) => variable.name === "DATABASE_URL")).toEqual([
      { name: "DATABASE_URL", valueFrom: { secretKeyRef: { name: "silta-secrets", key: "AUDIT_DATABASE_URL" } } },
    ]);
    expect(container.envFrom.some((source: { secretRef?: unknown }) => source.secretRef)).toBe(false);
    const migration = named("Job", "silta-migrate").spec.template.spec.containers[0];
    expect(migration.env).toContainEqual({
      name: "DATABASE_AUDIT_PASSWORD",
      valueFrom: { secretKeyRef: { name: "silta-secrets", key: "DATABASE_AUDIT_PASSWORD", optional: true } },
    });
    const claim = named("PersistentVolumeClaim", "silta-audit-checkpoint");
    expect(pod.volumes).toContainEqual({ name: "checkpoint", persistentVolumeClaim: { claimName: claim.metadata.name } });
    expect(container.volumeMounts).toContainEqual({ name: "checkpoint", mountPath: "/checkpoint" });
    // No service, and nothing else, can write the checkpoint.
    const mounting = podTemplates().filter(({ template }) =>
      (template.spec.volumes ?? []).some((volume: { persistentVolumeClaim?: unknown }) => volume.persistentVolumeClaim),
    );
    expect(mounting.map(({ name }) => name)).toEqual(["silta-audit-verify"]);
  });

  it("autoscales the gateway and the subgraphs every request passes through", () => {
    for (const name of ["gateway", "clients", "consents"]) {
      const autoscaler = named("HorizontalPodAutoscaler", name);
      expect(autoscaler.spec.scaleTargetRef).toEqual({ apiVersion: "apps/v1", kind: "Deployment", name });
      expect(autoscaler.spec.minReplicas).toBe(named("Deployment", name).spec.replicas);
    }
  });

  it("denies all traffic but gateway → subgraphs, the metrics scraper → subgraphs, subgraphs → consents, and database access from subgraphs, the migration and the audit only", () => {
    const policies = byKind("NetworkPolicy");
    expect(named("NetworkPolicy", "default-deny").spec).toEqual({ podSelector: {}, policyTypes: ["Ingress", "Egress"] });
    const subgraphPolicy = named("NetworkPolicy", "subgraphs");
    const scraper = { matchLabels: { "silta.fi/metrics-scraper": "true" } };
    expect(subgraphPolicy.spec.ingress).toEqual([
      { from: [{ podSelector: { matchLabels: { "app.kubernetes.io/component": "gateway" } } }] },
      // The metrics scraper: both its pod and its namespace labelled, to the subgraph's own port only.
      { from: [{ namespaceSelector: scraper, podSelector: scraper }], ports: [{ port: "http" }] },
    ]);
    const egressPorts = (name: string) =>
      named("NetworkPolicy", name).spec.egress.flatMap((rule: { ports?: { port: number }[] }) =>
        (rule.ports ?? []).map((p) => p.port),
      );
    expect(egressPorts("gateway")).not.toContain(5432);
    expect(egressPorts("audit").sort()).toEqual([53, 53, 5432]);
    expect(named("NetworkPolicy", "audit").spec.podSelector.matchLabels).toEqual({ "app.kubernetes.io/component": "audit" });
    expect(egressPorts("subgraphs")).toContain(5432);
    const databaseClients = named("NetworkPolicy", "database").spec.ingress[0].from[0].podSelector.matchLabels;
    const podsReachingDatabase = podTemplates()
      .filter(({ template }) => Object.entries(databaseClients).every(([key, value]) => template.metadata.labels[key] === value))
      .map(({ name }) => name)
      .sort();
    expect(podsReachingDatabase).toEqual([...subgraphs.map((s) => s.name), "silta-migrate", "silta-audit-verify"].sort());
    expect(policies.length).toBeGreaterThanOrEqual(6);
  });
});
