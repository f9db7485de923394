// A small NetworkPolicy evaluator for kubernetes.test.ts: may `from` open a connection to `to` on
// a port, given the rendered policies? Kubernetes' rules: a pod selected by no policy of a type
// is open in that direction; once selected, only what some rule of its policies allows passes,
// and a connection needs both the source's egress and the destination's ingress to allow it.

interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: unknown[];
}
interface Peer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}
interface Rule {
  from?: Peer[];
  to?: Peer[];
  ports?: { port?: number | string; protocol?: string }[];
}
export interface NetworkPolicy {
  metadata: { name: string; namespace?: string };
  spec: { podSelector: LabelSelector; policyTypes?: string[]; ingress?: Rule[]; egress?: Rule[] };
}

/** A pod (namespace and labels) or an address outside the cluster. */
export type Endpoint = { namespace: string; labels: Record<string, string> } | { ip: string };

function selects(selector: LabelSelector | undefined, labels: Record<string, string>): boolean {
  // Only what the manifests use: an evaluator that guessed at expressions could pass wrongly.
  if (selector?.matchExpressions?.length) throw new Error('matchExpressions are not evaluated here');
  return Object.entries(selector?.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
}

const ipToNumber = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  return Math.floor(ipToNumber(ip) / size) === Math.floor(ipToNumber(base) / size);
}

function peerMatches(peer: Peer, policyNamespace: string, endpoint: Endpoint): boolean {
  if ('ip' in endpoint) {
    return (
      peer.ipBlock !== undefined &&
      inCidr(endpoint.ip, peer.ipBlock.cidr) &&
      !(peer.ipBlock.except ?? []).some((c) => inCidr(endpoint.ip, c))
    );
  }
  if (peer.ipBlock) return false;
  const namespaceOk = peer.namespaceSelector
    ? selects(peer.namespaceSelector, { 'kubernetes.io/metadata.name': endpoint.namespace })
    : endpoint.namespace === policyNamespace;
  return namespaceOk && (peer.podSelector === undefined || selects(peer.podSelector, endpoint.labels));
}

// An empty or missing list matches everything, in `ports` as in `from`/`to`.
const portMatches = (rule: Rule, port: number) =>
  !rule.ports?.length || rule.ports.some((p) => (p.protocol ?? 'TCP') === 'TCP' && (p.port === undefined || Number(p.port) === port));

function peersMatch(peers: Peer[] | undefined, policyNamespace: string, endpoint: Endpoint): boolean {
  return !peers?.length || peers.some((peer) => peerMatches(peer, policyNamespace, endpoint));
}

function allowedBy(policies: NetworkPolicy[], pod: Endpoint, type: 'Ingress' | 'Egress', peer: Endpoint, port: number): boolean {
  if ('ip' in pod) return true;
  const applying = policies.filter(
    (p) =>
      (p.metadata.namespace ?? '') === pod.namespace &&
      (p.spec.policyTypes ?? ['Ingress']).includes(type) &&
      selects(p.spec.podSelector, pod.labels),
  );
  if (applying.length === 0) return true;
  return applying.some((policy) =>
    ((type === 'Ingress' ? policy.spec.ingress : policy.spec.egress) ?? []).some(
      (rule) => portMatches(rule, port) && peersMatch(type === 'Ingress' ? rule.from : rule.to, policy.metadata.namespace ?? '', peer),
    ),
  );
}

/** Whether `from` may open a TCP connection to `to` on `port`. */
export function mayConnect(policies: NetworkPolicy[], from: Endpoint, to: Endpoint, port: number): boolean {
  return allowedBy(policies, from, 'Egress', to, port) && allowedBy(policies, to, 'Ingress', from, port);
}
