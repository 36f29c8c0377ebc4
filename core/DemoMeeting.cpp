#include "DemoMeeting.h"

#include "DataPaths.h"
#include "MeetingJson.h"
#include "SimplePdf.h"
#include "Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace Plenary::DemoMeeting {

MeetingData manifest() {
    const auto result = MeetingJson::readFile(QStringLiteral(":/plenary/demo/meeting.json"));
    // The resource is part of the build and covered by tests: failing here
    // is a packaging bug, not a user error.
    Q_ASSERT_X(result.meeting, "DemoMeeting", qPrintable(result.error));
    return result.meeting.value_or(MeetingData{});
}

QByteArray renderPdf(const MeetingInfo &meeting, const Document &doc) {
    using S = SimplePdf::Style;
    SimplePdf pdf;
    pdf.setTitle(doc.title);
    pdf.setAuthor(doc.source);
    pdf.add(S::Small, QStringLiteral("INTERNATIONAL TELECOMMUNICATION UNION\n"
                                     "TELECOMMUNICATION STANDARDIZATION SECTOR"));
    pdf.add(S::Heading, QStringLiteral("FOCUS GROUP ON SMART GRID"));
    pdf.add(S::Title, doc.number);
    pdf.add(S::Small, QStringLiteral("English only\nOriginal: English\n%1, %2 - %3")
                          .arg(QStringLiteral("Geneva"),
                               meeting.start.toString(QStringLiteral("d MMMM yyyy")),
                               meeting.end.toString(QStringLiteral("d MMMM yyyy"))));
    const QString kind =
        doc.type == DocumentType::IncomingLiaison     ? QStringLiteral("LIAISON STATEMENT")
        : doc.type == DocumentType::Agenda            ? QStringLiteral("AGENDA")
        : doc.type == DocumentType::TemporaryDocument ? QStringLiteral("TEMPORARY DOCUMENT")
                                                      : QStringLiteral("CONTRIBUTION");
    pdf.add(S::Heading, kind);
    pdf.add(S::Body, QStringLiteral("Source: %1\nTitle: %2\nFor: %3")
                         .arg(doc.source, doc.title, wireName(doc.purpose)));
    pdf.add(S::Heading, QStringLiteral("Abstract"));
    pdf.add(S::Body, doc.abstract);
    pdf.add(S::Heading, QStringLiteral("1  Introduction"));
    pdf.add(S::Body,
            QStringLiteral("This document is submitted to the first meeting of the ITU-T "
                           "Focus Group on Smart Grid (FG Smart), held at ITU headquarters "
                           "in Geneva from %1 to %2, under agenda item %3.")
                .arg(meeting.start.toString(Qt::ISODate), meeting.end.toString(Qt::ISODate),
                     doc.agendaItems.join(QStringLiteral(", "))));
    pdf.add(S::Heading, QStringLiteral("2  Proposal"));
    pdf.add(S::Body, QStringLiteral("The meeting is invited to take this document into account "
                                    "for %1. %2")
                         .arg(wireName(doc.purpose), doc.abstract));
    pdf.add(S::Small,
            QStringLiteral("Contact: %1. This is a demonstration document bundled with "
                           "Plenary; it is modelled on TSB Circular 113 and is not an ITU "
                           "document.")
                .arg(doc.source));
    return pdf.render();
}

namespace {

struct DemoOutcome {
    const char *agendaItem;
    const char *document;
    OutcomeStatus status;
    const char *text;
    const char *at;
};

// Monday morning's plenary, so that the demo shows a meeting in progress.
const DemoOutcome kOutcomes[] = {
    {"2", "FG-Smart-I-0001", OutcomeStatus::ApprovedByConsensus,
     "The draft agenda was approved, with the joint session with JCA-HN on Tuesday morning.",
     "2010-06-14T09:55:00Z"},
    {"3", "FG-Smart-I-0002", OutcomeStatus::Noted,
     "TSB presented the terms of reference agreed by TSAG.", "2010-06-14T10:20:00Z"},
    {"6.a", "FG-Smart-I-0003", OutcomeStatus::ApprovedByConsensus,
     "Three working groups were established: WG1 Use cases and services, WG2 Requirements, "
     "WG3 Architecture, terminology and gap analysis.",
     "2010-06-14T11:05:00Z"},
    {"6.c", "FG-Smart-I-0005", OutcomeStatus::Noted,
     "The meeting noted the working methods and the document numbering.", "2010-06-14T11:30:00Z"},
    {"7", "FG-Smart-I-0034", OutcomeStatus::Noted,
     "Noted; a reply is to be drafted under agenda item 11.", "2010-06-14T12:10:00Z"},
};

} // namespace

bool install(Store &store, const DataPaths &paths, QString *error) {
    MeetingData m = manifest();
    if (m.isEmpty()) {
        *error = QCoreApplication::translate("Plenary::DemoMeeting",
                                             "the bundled demo meeting is missing from this build");
        return false;
    }
    const QString dir = paths.documentsDir(m.meeting.id);
    if (!QDir().mkpath(dir)) {
        *error = QCoreApplication::translate("Plenary::DemoMeeting", "cannot create %1").arg(dir);
        return false;
    }
    for (Document &doc : m.documents) {
        const QByteArray pdf = renderPdf(m.meeting, doc);
        DocumentFile file;
        file.name = doc.number + QStringLiteral(".pdf");
        file.size = pdf.size();
        file.sha256 =
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        file.mtime = doc.received;
        QSaveFile out(dir + QLatin1Char('/') + file.name);
        if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit()) {
            *error = QStringLiteral("%1: %2").arg(out.fileName(), out.errorString());
            return false;
        }
        doc.files = {file};
    }
    if (!store.importMeeting(m)) {
        *error = store.lastError();
        return false;
    }
    const auto stored = store.loadMeeting(m.meeting.id);
    if (stored && stored->outcomes.isEmpty()) {
        int n = 0;
        for (const DemoOutcome &d : kOutcomes) {
            Outcome o;
            // The same on every copy of the demo, so that two chairmen
            // publishing it see one set of Monday outcomes, not two.
            o.uid = QStringLiteral("%1-monday-%2").arg(m.meeting.id).arg(++n);
            o.agendaItem = QString::fromLatin1(d.agendaItem);
            o.documents = {QString::fromLatin1(d.document)};
            o.status = d.status;
            o.text = QString::fromLatin1(d.text);
            o.at = QDateTime::fromString(QString::fromLatin1(d.at), Qt::ISODate);
            if (store.addOutcome(m.meeting.id, o) == 0) {
                *error = store.lastError();
                return false;
            }
        }
    }
    return true;
}

std::optional<QString> ensureCurrentMeeting(Store &store, const DataPaths &paths, QString *error) {
    QString id = store.currentMeetingId();
    if (id.isEmpty()) {
        const QStringList ids = store.meetingIds();
        if (!ids.isEmpty()) {
            id = ids.first();
        } else {
            if (!install(store, paths, error))
                return std::nullopt;
            id = store.currentMeetingId();
        }
    }
    return id;
}

} // namespace Plenary::DemoMeeting
