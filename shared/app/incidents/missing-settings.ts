import type { Incident, JourData } from "../data/document";

/**
 * What a link lacks, as the settings paths to fill in ("links.jiraProjectId",
 * "customers.2.elmahUrl"), so the window can say exactly what is missing and lead to that
 * field. `incident.customer` means the incident has no customer chosen yet.
 */
export function missingSettings(
  data: JourData,
  incident: Incident | null,
  placeholders: readonly string[],
): string[] {
  const { links, customers } = data.settings;
  const index = incident ? customers.findIndex((c) => c.id === incident.customerId) : -1;
  const customerField = (field: string): string[] =>
    index < 0 ? ["incident.customer"] : [`customers.${index}.${field}`];
  const paths = placeholders.flatMap((name): string[] => {
    switch (name) {
      case "siteUrl":
      case "elmahUrl":
        return customerField(name);
      case "newRelicUrl":
        // The customer's own, else the agency's New Relic link: either will do.
        return index < 0 ? ["links.newRelic"] : [`customers.${index}.newRelicUrl`];
      case "callLink":
        return ["links.callLink"];
      case "portalUrl":
        return ["links.callForwardingPortal"];
      case "jiraUrl":
        return ["links.jira"];
      case "jiraCreateUrl":
        return (["jira", "jiraProjectId", "jiraIssueTypeId"] as const)
          .filter((key) => links[key] === "")
          .map((key) => `links.${key}`);
      case "customer":
        return ["incident.customer"];
      default:
        return [];
    }
  });
  return [...new Set(paths)];
}
