/**
 * The seeded data against the service model (docs/upstreams/partner-central.md#operations and
 * #model-patterns-in-javascript): every enum value is one
 * the SDK knows, every pattern and length holds, instants are RFC 3339 with milliseconds before
 * the base date, and the same seed always gives the same records.
 */
import {
  AwsFundingUsed,
  Channel,
  ClosedLostReason,
  CompetitorName,
  CountryCode,
  CurrencyCode,
  DeliveryModel,
  EngagementInvitationPayloadType,
  Industry,
  InvitationStatus,
  MarketingSource,
  NationalSecurity,
  OpportunityType,
  PrimaryNeedFromAws,
  ReceiverResponsibility,
  RevenueModel,
  ReviewStatus,
  SalesActivity,
  Stage,
} from '@aws-sdk/client-partnercentral-selling';
import {
  CATALOGS,
  createPartnerCentralSimulator,
  DATASET_BASE_DATE,
  type OpportunityRecord,
} from '../../../src/sources/partner-central/simulator/index.js';

const sim = createPartnerCentralSimulator({ records: 1_000, seed: 7 });
/** Fewer records for the per-member checks: expect() calls are what costs time here. */
const small = createPartnerCentralSimulator({ records: 300, seed: 7 });
const BASE_MS = Date.parse(DATASET_BASE_DATE);

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DAY = /^[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$/;
const EMAIL =
  /^(?=.{0,80}$)[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const PHONE = /^\+[1-9]\d{1,14}$/;
const AMOUNT = /^(0|([1-9][0-9]{0,30}))(\.[0-9]{0,2})?$/;
const ESTIMATION_URL =
  /^https:\/\/(calculator\.aws|pricing\.calculator\.aws\.eu)\/#\/estimate\?id=[a-f0-9]{32,64}$/;
const ENGAGEMENT_WEBSITE =
  /^(?=.{4,255}$)((http|https):\/\/)??(www[.])??([a-zA-Z0-9]|-)+?([.][a-zA-Z0-9(-|/|=|?)??]+?)+?$/;

const values = (enumObject: Record<string, string>): string[] => Object.values(enumObject);

function expectIn(value: string | undefined, enumObject: Record<string, string>): void {
  if (value !== undefined) expect(values(enumObject)).toContain(value);
}

function expectLength(value: string | undefined, min: number, max: number): void {
  if (value === undefined) return;
  expect([...value].length).toBeGreaterThanOrEqual(min);
  expect([...value].length).toBeLessThanOrEqual(max);
}

function checkOpportunity(o: OpportunityRecord): void {
  expect(o.Id).toMatch(/^O[0-9]{10}$/);
  expect(o.Arn).toMatch(
    new RegExp(
      `^arn:aws:partnercentral:us-east-1:111122223333:catalog/${o.Catalog}/opportunity/${o.Id}$`,
    ),
  );
  expect(o.CreatedDate).toMatch(INSTANT);
  expect(o.LastModifiedDate).toMatch(INSTANT);
  expect(o.LastModifiedDate >= o.CreatedDate).toBe(true);
  expect(Date.parse(o.LastModifiedDate)).toBeLessThan(BASE_MS);
  expectLength(o.PartnerOpportunityIdentifier, 0, 64);
  expectIn(o.OpportunityType, OpportunityType);
  expectIn(o.NationalSecurity, NationalSecurity);
  o.PrimaryNeedsFromAws?.forEach((need) => expectIn(need, PrimaryNeedFromAws));

  const account = o.Customer?.Account;
  expect(account).toBeDefined();
  expectLength(account?.CompanyName, 1, 120);
  expectIn(account?.Industry, Industry);
  if (account?.Industry === 'Other') expectLength(account.OtherIndustry, 1, 255);
  expectLength(account?.WebsiteUrl, 4, 255);
  if (account?.AwsAccountId !== undefined) expect(account.AwsAccountId).toMatch(/^[0-9]{12}$/);
  if (account?.Duns !== undefined) expect(account.Duns).toMatch(/^[0-9]{9}$/);
  expectIn(account?.Address?.CountryCode, CountryCode);
  expectLength(account?.Address?.PostalCode, 0, 20);
  for (const contact of [...(o.Customer?.Contacts ?? []), ...(o.OpportunityTeam ?? [])]) {
    expect(contact.Email).toMatch(EMAIL);
    expect(contact.Phone).toMatch(PHONE);
    expectLength(contact.BusinessTitle, 0, 80);
  }

  const project = o.Project;
  project?.DeliveryModels?.forEach((model) => expectIn(model, DeliveryModel));
  project?.SalesActivities?.forEach((activity) => expectIn(activity, SalesActivity));
  expectIn(project?.CompetitorName, CompetitorName);
  expectLength(project?.Title, 0, 255);
  expectLength(project?.CustomerBusinessProblem, 20, 2000);
  if (project?.RelatedOpportunityIdentifier !== undefined) {
    expect(project.RelatedOpportunityIdentifier).toMatch(/^O[0-9]{1,19}$/);
  }
  for (const spend of project?.ExpectedCustomerSpend ?? []) {
    expect(spend.Amount).toMatch(AMOUNT);
    expectIn(spend.CurrencyCode, CurrencyCode);
    expect(spend.Frequency).toBe('Monthly');
    expectLength(spend.TargetCompany, 1, 80);
    if (spend.EstimationUrl !== undefined) expect(spend.EstimationUrl).toMatch(ESTIMATION_URL);
  }
  expect(project?.ExpectedCustomerSpend?.length ?? 0).toBeLessThanOrEqual(10);

  const life = o.LifeCycle;
  expectIn(life?.Stage, Stage);
  expectIn(life?.ReviewStatus, ReviewStatus);
  expectIn(life?.ClosedLostReason, ClosedLostReason);
  expect(life?.ClosedLostReason !== undefined).toBe(life?.Stage === 'Closed Lost');
  if (life?.TargetCloseDate !== undefined) expect(life.TargetCloseDate).toMatch(DAY);
  expectLength(life?.NextSteps, 0, 255);
  for (const entry of life?.NextStepsHistory ?? []) expect(entry.Time).toMatch(INSTANT);

  expectIn(o.Marketing?.Source, MarketingSource);
  o.Marketing?.Channels?.forEach((channel) => expectIn(channel, Channel));
  expectIn(o.Marketing?.AwsFundingUsed, AwsFundingUsed);
  expectIn(o.SoftwareRevenue?.DeliveryModel, RevenueModel);
  if (o.SoftwareRevenue?.Value !== undefined) {
    expect(o.SoftwareRevenue.Value.Amount).toMatch(AMOUNT);
    expectIn(o.SoftwareRevenue.Value.CurrencyCode, CurrencyCode);
  }
  o.RelatedEntityIdentifiers.Solutions?.forEach((s) => expect(s).toMatch(/^S-[0-9]{1,19}$/));
}

describe('Partner Central simulator: seeded data (docs/upstreams/partner-central.md#operations)', () => {
  it('seeds `records` opportunities per catalog, each catalog its own', () => {
    for (const catalog of CATALOGS) {
      const opportunities = sim.data[catalog].opportunities;
      expect(opportunities).toHaveLength(1_000);
      expect(new Set(opportunities.map((o) => o.Id)).size).toBe(1_000);
      expect(opportunities.every((o) => o.Catalog === catalog)).toBe(true);
    }
    const awsIds = new Set(sim.data.AWS.opportunities.map((o) => o.Id));
    const shared = sim.data.Sandbox.opportunities.filter((o) => awsIds.has(o.Id));
    expect(shared.length).toBeLessThan(5);
  });

  it('is identical for the same seed and different for another, and ignores the clock', () => {
    const again = createPartnerCentralSimulator({ records: 1_000, seed: 7, now: () => 0 });
    expect(JSON.stringify(again.data)).toBe(JSON.stringify(sim.data));
    const other = createPartnerCentralSimulator({ records: 1_000, seed: 8 });
    expect(other.data.AWS.opportunities[0]?.Id).not.toBe(sim.data.AWS.opportunities[0]?.Id);
  });

  it('keeps every opportunity valid per the model’s enums, patterns and lengths', () => {
    for (const catalog of CATALOGS) small.data[catalog].opportunities.forEach(checkOpportunity);
  });

  it('fills most optional members and leaves some out', () => {
    const all = sim.data.AWS.opportunities;
    const share = (has: (o: OpportunityRecord) => boolean) => all.filter(has).length / all.length;
    expect(share((o) => o.LifeCycle?.TargetCloseDate !== undefined)).toBeGreaterThan(0.85);
    expect(share((o) => o.LifeCycle?.TargetCloseDate !== undefined)).toBeLessThan(1);
    expect(share((o) => o.PartnerOpportunityIdentifier !== undefined)).toBeGreaterThan(0.6);
    expect(share((o) => o.SoftwareRevenue !== undefined)).toBeGreaterThan(0.1);
    expect(share((o) => o.Project?.ExpectedContractDuration !== undefined)).toBeGreaterThan(0.6);
    expect(share((o) => o.LifeCycle?.Stage === 'Closed Lost')).toBeGreaterThan(0.02);
    // Sort ties on purpose, so tie-breaking is exercised.
    expect(new Set(all.map((o) => o.LastModifiedDate)).size).toBeLessThan(all.length);
  });

  it('seeds engagements and received invitations valid per the model', () => {
    for (const catalog of CATALOGS) {
      const { invitations, engagements } = sim.data[catalog];
      expect(invitations).toHaveLength(30);
      expect(engagements.length).toBeGreaterThan(invitations.length);
      const engagementIds = new Set(engagements.map((e) => e.Id));
      for (const invitation of invitations) {
        expect(invitation.Id).toMatch(/^engi-[0-9a-z]{13}$/);
        expect(invitation.Arn).toBe(
          `arn:aws:partnercentral::111122223333:${catalog}/engagement-invitation/${invitation.Id}`,
        );
        expect(engagementIds.has(invitation.EngagementId)).toBe(true);
        expectIn(invitation.Status, InvitationStatus);
        expectIn(invitation.PayloadType, EngagementInvitationPayloadType);
        expectLength(invitation.EngagementTitle, 0, 40);
        expectLength(invitation.InvitationMessage, 1, 255);
        expectLength(invitation.EngagementDescription, 0, 255);
        expect(invitation.InvitationDate).toMatch(INSTANT);
        expect(invitation.ExpirationDate > invitation.InvitationDate).toBe(true);
        expect(invitation.SenderAwsAccountId).toMatch(/^[0-9]{12}$/);
        expect(Object.keys(invitation.Payload)).toEqual([invitation.PayloadType]);
        if ('OpportunityInvitation' in invitation.Payload) {
          const payload = invitation.Payload.OpportunityInvitation;
          expect(payload.Customer.WebsiteUrl).toMatch(ENGAGEMENT_WEBSITE);
          expectIn(payload.Customer.Industry, Industry);
          expectIn(payload.Customer.CountryCode, CountryCode);
          payload.ReceiverResponsibilities.forEach((r) => expectIn(r, ReceiverResponsibility));
          expectLength(payload.Project.BusinessProblem, 20, 2000);
          expect(payload.Project.TargetCompletionDate).toMatch(DAY);
          payload.SenderContacts?.forEach((c) => expect(c.Email).toMatch(EMAIL));
        }
      }
      for (const engagement of engagements) expect(engagement.Id).toMatch(/^eng-[0-9a-z]{14}$/);
      const statuses = new Set(invitations.map((i) => i.Status));
      expect(statuses.has('PENDING')).toBe(true);
      expect(statuses.size).toBeGreaterThanOrEqual(3);
      expect(new Set(invitations.map((i) => i.PayloadType)).size).toBe(2);
      expect(
        invitations.filter((i) => i.Status === 'PENDING' && i.failsOnAccept).length,
      ).toBeGreaterThan(0);
      expect(invitations.filter((i) => i.Status !== 'PENDING' && i.failsOnAccept)).toEqual([]);
    }
  });
});
