/** The illustration in /work/shared/examples/register.yml, inlined so the test runs on a fresh clone. */
export const EXAMPLE = `# An illustration of soup/register.yml
defaults:
  safety-class: B            # inherited from the software system unless an entry says otherwise
  rationale: "Software system SW-1 is class B (non-serious injury possible)."

items:
  npm/express:
    purpose: "HTTP server for the dosage REST API"                # 5.3.3 functional requirement
    requirements:
      - id: REQ-API-003
        text: "Routes authenticated requests to handlers; rejects bodies over 1 MB"
      - id: REQ-PERF-002
        text: "Answers 95% of requests within 200 ms at 50 requests/s"   # 5.3.3 performance
    prerequisites: "Node.js 20 or 24 LTS, Linux x86-64, 256 MB RAM"     # 5.3.4
    safety-class: B
    verification: "test/integration/api.test.ts (REQ-API-003), bench/api-latency (REQ-PERF-002)"
    risks: [RISK-017]                                                   # 7.1.2 link to the risk file
    anomalies:                                                          # 7.1.3 evaluations
      - id: GHSA-qwcr-r2fm-qrc7
        state: not_affected          # CycloneDX analysis state
        justification: code_not_reachable
        reason: "We never use res.redirect with user input."
        by: qa-lead
        on: 2026-10-02
        expires: 2027-04-02

  pypi/requests:
    purpose: "Outbound HTTPS calls to the lab-results service"
    safety-class: A
    rationale: "Only used by the admin export, segregated from therapy functions (see ARCH-4.2)."
`;
