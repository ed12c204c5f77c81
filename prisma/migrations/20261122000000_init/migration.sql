-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('nb', 'en');

-- CreateEnum
CREATE TYPE "CommitteeRole" AS ENUM ('secretariat', 'chair', 'member', 'observer');

-- CreateEnum
CREATE TYPE "MeetingState" AS ENUM ('planned', 'agenda_set', 'distributed', 'held', 'decisions_published', 'cancelled');

-- CreateEnum
CREATE TYPE "ItemType" AS ENUM ('approval', 'information', 'discussion', 'endorsement', 'decision');

-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('regular', 'notice_and_agenda', 'previous_minutes', 'any_other_business', 'portfolio');

-- CreateEnum
CREATE TYPE "DeadlineState" AS ENUM ('pending', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "AttendanceAnswer" AS ENUM ('attending', 'not_attending', 'deputy');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('present', 'absent', 'other', 'observer');

-- CreateEnum
CREATE TYPE "Segment" AS ENUM ('samstyring', 'koordinering', 'orientering');

-- CreateEnum
CREATE TYPE "InitiativeState" AS ENUM ('planned', 'active', 'paused', 'completed');

-- CreateEnum
CREATE TYPE "RoundState" AS ENUM ('open', 'closed');

-- CreateEnum
CREATE TYPE "ReportState" AS ENUM ('draft', 'submitted');

-- CreateEnum
CREATE TYPE "Rag" AS ENUM ('green', 'yellow', 'red');

-- CreateEnum
CREATE TYPE "DependencyCategory" AS ENUM ('national_solutions', 'ehr_vendors', 'funding', 'regulation', 'other_initiative', 'organisation', 'other');

-- CreateEnum
CREATE TYPE "Criticality" AS ENUM ('high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('slack', 'teams');

-- CreateEnum
CREATE TYPE "DeliveryState" AS ENUM ('pending', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "JobState" AS ENUM ('pending', 'done', 'cancelled', 'failed');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortfolioContact" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortfolioContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "organisationId" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'nb',
    "slackUserId" TEXT,
    "slackDmChannelId" TEXT,
    "teamsUserId" TEXT,
    "aadObjectId" TEXT,
    "teamsConversationRef" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Committee" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cycle" TEXT NOT NULL DEFAULT 'default',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Oslo',
    "slackChannelId" TEXT,
    "teamsConversationId" TEXT,
    "teamsConversationRef" JSONB,
    "treatsPortfolio" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Committee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "role" "CommitteeRole" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "videoLink" TEXT,
    "state" "MeetingState" NOT NULL DEFAULT 'planned',
    "distributedAt" TIMESTAMPTZ(3),
    "decisionsPublishedAt" TIMESTAMPTZ(3),
    "minutesDistributedAt" TIMESTAMPTZ(3),
    "minutesApprovedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "previousMeetingId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNumberCounter" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CaseNumberCounter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "caseYear" INTEGER NOT NULL,
    "caseNumber" INTEGER NOT NULL,
    "type" "ItemType" NOT NULL,
    "kind" "ItemKind" NOT NULL DEFAULT 'regular',
    "title" TEXT NOT NULL,
    "description" TEXT,
    "presenterId" TEXT,
    "proposedDecision" TEXT,
    "plannedStart" TIMESTAMPTZ(3),
    "position" INTEGER NOT NULL,
    "removedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Paper" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "links" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Paper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deadline" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "milestone" TEXT NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "state" "DeadlineState" NOT NULL DEFAULT 'pending',
    "jobId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Deadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendanceReply" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "answer" "AttendanceAnswer" NOT NULL,
    "deputyName" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AttendanceReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT,
    "name" TEXT,
    "status" "AttendanceStatus" NOT NULL,
    "notParticipatingItemIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "notes" TEXT,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "corrected" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "segment" "Segment" NOT NULL,
    "state" "InitiativeState" NOT NULL,
    "isNew" BOOLEAN NOT NULL DEFAULT false,
    "strategyGoals" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "mainGoal" INTEGER,
    "sdgs" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingRound" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "quarter" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "cutoffDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "state" "RoundState" NOT NULL DEFAULT 'open',
    "includePlanned" BOOLEAN NOT NULL DEFAULT false,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReportingRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusReport" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "state" "ReportState" NOT NULL DEFAULT 'draft',
    "overall" "Rag" NOT NULL,
    "risk" "Rag",
    "narrative" TEXT,
    "budgetMnok" DECIMAL(12,3),
    "costsMnok" DECIMAL(12,3),
    "opexChangeMnok" DECIMAL(12,3),
    "lifecycle" "InitiativeState",
    "mainGoal" INTEGER,
    "sdgs" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "submittedById" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "draft" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StatusReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusReportVersion" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dependency" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "category" "DependencyCategory" NOT NULL,
    "providerText" TEXT,
    "providerInitiativeId" TEXT,
    "providerOrganisationId" TEXT,
    "criticality" "Criticality" NOT NULL,
    "status" "Rag" NOT NULL,
    "dueDate" DATE,
    "resolvedAt" TIMESTAMPTZ(3),
    "redSince" TIMESTAMPTZ(3),
    "snoozedUntil" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Dependency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DependencyChange" (
    "id" TEXT NOT NULL,
    "dependencyId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "fromValue" TEXT,
    "toValue" TEXT,
    "note" TEXT,
    "changedById" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DependencyChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "target" TEXT NOT NULL,
    "personId" TEXT,
    "committeeId" TEXT,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "state" "DeliveryState" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "platformMessageId" TEXT,
    "platformConversationId" TEXT,
    "updatePending" BOOLEAN NOT NULL DEFAULT false,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "platform" "Platform",
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduledJob" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "runAt" TIMESTAMPTZ(3) NOT NULL,
    "state" "JobState" NOT NULL DEFAULT 'pending',
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ScheduledJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_key_key" ON "Organisation"("key");

-- CreateIndex
CREATE INDEX "PortfolioContact_personId_idx" ON "PortfolioContact"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "PortfolioContact_organisationId_personId_key" ON "PortfolioContact"("organisationId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_key_key" ON "Person"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slackUserId_key" ON "Person"("slackUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_teamsUserId_key" ON "Person"("teamsUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_aadObjectId_key" ON "Person"("aadObjectId");

-- CreateIndex
CREATE INDEX "Person_organisationId_idx" ON "Person"("organisationId");

-- CreateIndex
CREATE INDEX "Person_email_idx" ON "Person"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Committee_key_key" ON "Committee"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Committee_slackChannelId_key" ON "Committee"("slackChannelId");

-- CreateIndex
CREATE UNIQUE INDEX "Committee_teamsConversationId_key" ON "Committee"("teamsConversationId");

-- CreateIndex
CREATE INDEX "Membership_personId_idx" ON "Membership"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_committeeId_personId_role_key" ON "Membership"("committeeId", "personId", "role");

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- CreateIndex
CREATE INDEX "Meeting_state_idx" ON "Meeting"("state");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_committeeId_year_number_key" ON "Meeting"("committeeId", "year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "CaseNumberCounter_committeeId_year_key" ON "CaseNumberCounter"("committeeId", "year");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "AgendaItem_presenterId_idx" ON "AgendaItem"("presenterId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_committeeId_caseYear_caseNumber_key" ON "AgendaItem"("committeeId", "caseYear", "caseNumber");

-- CreateIndex
CREATE INDEX "Paper_itemId_idx" ON "Paper"("itemId");

-- CreateIndex
CREATE INDEX "Paper_submittedById_idx" ON "Paper"("submittedById");

-- CreateIndex
CREATE INDEX "Deadline_state_dueAt_idx" ON "Deadline"("state", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Deadline_meetingId_milestone_key" ON "Deadline"("meetingId", "milestone");

-- CreateIndex
CREATE INDEX "AttendanceReply_personId_idx" ON "AttendanceReply"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "AttendanceReply_meetingId_personId_key" ON "AttendanceReply"("meetingId", "personId");

-- CreateIndex
CREATE INDEX "Attendance_personId_idx" ON "Attendance"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_meetingId_personId_key" ON "Attendance"("meetingId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_itemId_key" ON "Decision"("itemId");

-- CreateIndex
CREATE INDEX "FollowUp_decisionId_idx" ON "FollowUp"("decisionId");

-- CreateIndex
CREATE INDEX "FollowUp_ownerId_idx" ON "FollowUp"("ownerId");

-- CreateIndex
CREATE INDEX "FollowUp_dueDate_idx" ON "FollowUp"("dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_key_key" ON "Initiative"("key");

-- CreateIndex
CREATE INDEX "Initiative_organisationId_idx" ON "Initiative"("organisationId");

-- CreateIndex
CREATE INDEX "Initiative_ownerId_idx" ON "Initiative"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingRound_label_key" ON "ReportingRound"("label");

-- CreateIndex
CREATE INDEX "ReportingRound_year_quarter_idx" ON "ReportingRound"("year", "quarter");

-- CreateIndex
CREATE INDEX "StatusReport_initiativeId_idx" ON "StatusReport"("initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "StatusReport_roundId_initiativeId_key" ON "StatusReport"("roundId", "initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "StatusReportVersion_reportId_version_key" ON "StatusReportVersion"("reportId", "version");

-- CreateIndex
CREATE INDEX "Dependency_initiativeId_idx" ON "Dependency"("initiativeId");

-- CreateIndex
CREATE INDEX "Dependency_providerInitiativeId_idx" ON "Dependency"("providerInitiativeId");

-- CreateIndex
CREATE INDEX "Dependency_providerOrganisationId_idx" ON "Dependency"("providerOrganisationId");

-- CreateIndex
CREATE INDEX "Dependency_status_criticality_idx" ON "Dependency"("status", "criticality");

-- CreateIndex
CREATE INDEX "DependencyChange_dependencyId_at_idx" ON "DependencyChange"("dependencyId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_idempotencyKey_key" ON "Delivery"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Delivery_state_createdAt_idx" ON "Delivery"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Delivery_personId_idx" ON "Delivery"("personId");

-- CreateIndex
CREATE INDEX "Delivery_committeeId_idx" ON "Delivery"("committeeId");

-- CreateIndex
CREATE INDEX "AuditLog_subjectType_subjectId_idx" ON "AuditLog"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_idx" ON "AuditLog"("actorId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE UNIQUE INDEX "ScheduledJob_jobId_key" ON "ScheduledJob"("jobId");

-- CreateIndex
CREATE INDEX "ScheduledJob_subjectType_subjectId_idx" ON "ScheduledJob"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "ScheduledJob_state_runAt_idx" ON "ScheduledJob"("state", "runAt");

-- AddForeignKey
ALTER TABLE "PortfolioContact" ADD CONSTRAINT "PortfolioContact_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortfolioContact" ADD CONSTRAINT "PortfolioContact_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_previousMeetingId_fkey" FOREIGN KEY ("previousMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNumberCounter" ADD CONSTRAINT "CaseNumberCounter_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_presenterId_fkey" FOREIGN KEY ("presenterId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paper" ADD CONSTRAINT "Paper_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paper" ADD CONSTRAINT "Paper_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceReply" ADD CONSTRAINT "AttendanceReply_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendanceReply" ADD CONSTRAINT "AttendanceReply_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusReport" ADD CONSTRAINT "StatusReport_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ReportingRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusReport" ADD CONSTRAINT "StatusReport_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusReport" ADD CONSTRAINT "StatusReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusReportVersion" ADD CONSTRAINT "StatusReportVersion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "StatusReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusReportVersion" ADD CONSTRAINT "StatusReportVersion_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dependency" ADD CONSTRAINT "Dependency_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dependency" ADD CONSTRAINT "Dependency_providerInitiativeId_fkey" FOREIGN KEY ("providerInitiativeId") REFERENCES "Initiative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dependency" ADD CONSTRAINT "Dependency_providerOrganisationId_fkey" FOREIGN KEY ("providerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DependencyChange" ADD CONSTRAINT "DependencyChange_dependencyId_fkey" FOREIGN KEY ("dependencyId") REFERENCES "Dependency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DependencyChange" ADD CONSTRAINT "DependencyChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
