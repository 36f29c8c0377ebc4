#pragma once

#include "Meeting.h"
#include "Session.h"

#include <QFile>
#include <QString>
#include <QTimeZone>

namespace PlenaryTest {

/// A small meeting with every kind of field set, for round trips.
inline Plenary::MeetingData sampleMeeting() {
    using namespace Plenary;
    MeetingData m;
    m.meeting.id = QStringLiteral("sg17-7");
    m.meeting.title = QStringLiteral("Study Group 17, 7th meeting");
    m.meeting.group = QStringLiteral("ITU-T SG17");
    m.meeting.venue = QStringLiteral("Genève");
    m.meeting.start = QDate(2026, 3, 2);
    m.meeting.end = QDate(2026, 3, 13);
    m.meeting.contributionDeadline = QDate(2026, 2, 20);
    m.meeting.languages = {QStringLiteral("en"), QStringLiteral("fr")};
    m.meeting.chair = {QStringLiteral("Иван Петров"), QStringLiteral("Ростелеком"),
                       QStringLiteral("ip@example.org")};
    m.meeting.viceChairs = {{QStringLiteral("李华"), QStringLiteral("CAICT"), {}},
                            {QStringLiteral("سارة"), {}, {}}};
    m.meeting.secretariatEmail = QStringLiteral("tsbsg17@example.org");
    m.meeting.dropFolder = QStringLiteral("https://example.org/sg17/incoming/");
    m.meeting.documentPrefix = QStringLiteral("T25-SG17-C-");
    m.agenda = {{QStringLiteral("1"), QStringLiteral("Opening"), {}},
                {QStringLiteral("2"),
                 QStringLiteral("Questions"),
                 {{QStringLiteral("2.a"),
                   QStringLiteral("Q1/17"),
                   {{QStringLiteral("2.a.i"), QStringLiteral("Security"), {}}}},
                  {QStringLiteral("2.b"), QStringLiteral("Q2/17"), {}}}},
                {QStringLiteral("3"), QStringLiteral("Closing"), {}}};
    m.workingGroups = {
        {QStringLiteral("WP1"),
         QStringLiteral("Working Party 1"),
         QStringLiteral("Security"),
         {{QStringLiteral("Ann"), QStringLiteral("Org"), QStringLiteral("a@example.org")}}},
        {QStringLiteral("WP2"), QStringLiteral("Working Party 2"), {}, {}}};
    Document d1;
    d1.number = QStringLiteral("T25-SG17-C-0001");
    d1.title = QStringLiteral("Proposal <b>bold</b> & \"quoted\"");
    d1.source = QStringLiteral("Россия");
    d1.type = DocumentType::Contribution;
    d1.purpose = Purpose::Decision;
    d1.received = QDateTime(QDate(2026, 2, 19), QTime(10, 30), QTimeZone::utc());
    d1.agendaItems = {QStringLiteral("2.a"), QStringLiteral("2.a.i")};
    d1.workingGroup = QStringLiteral("WP1");
    d1.replacedBy = QStringLiteral("T25-SG17-C-0002");
    d1.abstract = QStringLiteral("摘要 and مرحبا");
    d1.files = {{QStringLiteral("T25-SG17-C-0001.pdf"), 1234,
                 QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                 QDateTime(QDate(2026, 2, 19), QTime(10, 31), QTimeZone::utc())},
                {QStringLiteral("T25-SG17-C-0001.docx"), -1, {}, {}}};
    Document d2;
    d2.number = QStringLiteral("T25-SG17-C-0002");
    d2.title = QStringLiteral("Proposal, revised");
    d2.type = DocumentType::TemporaryDocument;
    d2.received = QDateTime(QDate(2026, 3, 3), QTime(8, 0), QTimeZone::utc());
    d2.replaces = d1.number;
    Document d3;
    d3.number = QStringLiteral("T25-SG17-LS-0003");
    d3.title = QStringLiteral("LS/i from ETSI");
    d3.type = DocumentType::IncomingLiaison;
    d3.purpose = Purpose::Information;
    m.documents = {d1, d2, d3};
    return m;
}

inline QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A session over sampleMeeting() with every kind of field set.
inline Plenary::SessionState sampleSession() {
    using namespace Plenary;
    SessionState s;
    s.meetingId = QStringLiteral("sg17-7");
    s.revision = 7;
    s.updated = QDateTime(QDate(2026, 3, 3), QTime(10, 15, 30), QTimeZone::utc());
    s.currentItem = QStringLiteral("2.a");
    s.allocations.insert(QStringLiteral("T25-SG17-C-0001"),
                         {QStringLiteral("WP1"), QStringLiteral("2.a.i")});
    s.allocations.insert(QStringLiteral("T25-SG17-C-0002"), {{}, QStringLiteral("2.b")});
    Outcome approved;
    approved.uid = QStringLiteral("u-1");
    approved.agendaItem = QStringLiteral("2.a");
    approved.documents = {QStringLiteral("T25-SG17-C-0001")};
    approved.status = OutcomeStatus::ApprovedByConsensus;
    approved.text = QStringLiteral("Одобрено; 已批准; تمت الموافقة");
    approved.at = QDateTime(QDate(2026, 3, 3), QTime(9, 30, 0, 125), QTimeZone::utc());
    Outcome revised;
    revised.uid = QStringLiteral("u-2");
    revised.agendaItem = QStringLiteral("2.b");
    revised.documents = {QStringLiteral("T25-SG17-C-0002")};
    revised.status = OutcomeStatus::Revised;
    revised.target = QStringLiteral("T25-SG17-C-0004");
    revised.at = QDateTime(QDate(2026, 3, 3), QTime(9, 45), QTimeZone::utc());
    Outcome agenda;
    agenda.uid = QStringLiteral("u-3");
    agenda.agendaItem = QStringLiteral("1");
    agenda.status = OutcomeStatus::Approved;
    agenda.text = QStringLiteral("The agenda was approved.");
    agenda.at = QDateTime(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc());
    s.outcomes = {agenda, approved, revised};
    LiaisonStatement ls;
    ls.id = QStringLiteral("LS-001");
    ls.title = QStringLiteral("Reply on smart metering security");
    ls.questions = {QStringLiteral("Q1/17")};
    ls.to = {QStringLiteral("ISO/IEC JTC 1/SWG-Smart Grid"), QStringLiteral("IEC TC 57")};
    ls.cc = {QStringLiteral("ETSI")};
    ls.purpose = QStringLiteral("action");
    ls.from = QStringLiteral("ITU-T SG17");
    ls.approval = QStringLiteral("Agreed to at the SG17 meeting, Geneva, 13 March 2026");
    ls.deadline = QDate(2026, 9, 1);
    ls.contact = {QStringLiteral("Иван Петров"), QStringLiteral("Ростелеком"),
                  QStringLiteral("ip@example.org")};
    ls.body = QStringLiteral("SG17 thanks you for your LS.\n\nLine two.");
    ls.attachments = {QStringLiteral("T25-SG17-C-0001")};
    ls.officer = QStringLiteral("李华");
    ls.status = LiaisonStatus::ApprovedByConsensus;
    ls.agendaItem = QStringLiteral("3");
    s.liaisons = {ls};
    Document added;
    added.number = QStringLiteral("T25-SG17-C-0004");
    added.title = QStringLiteral("Revised: security requirements");
    added.source = QStringLiteral("Rapporteur Q1/17");
    added.type = DocumentType::Contribution;
    added.received = revised.at;
    added.agendaItems = {QStringLiteral("2.b")};
    added.replaces = QStringLiteral("T25-SG17-C-0002");
    added.addedInSession = true;
    s.addedDocuments = {added};
    return s;
}

} // namespace PlenaryTest
