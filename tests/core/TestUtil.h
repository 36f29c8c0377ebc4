#pragma once

#include "Meeting.h"

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

} // namespace PlenaryTest
