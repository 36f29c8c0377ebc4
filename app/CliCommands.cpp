#include "CliCommands.h"

#include "DataPaths.h"
#include "DemoMeeting.h"
#include "MeetingJson.h"
#include "Store.h"

#include <QCoreApplication>

namespace Plenary::Cli {

namespace {
bool openStore(Store &store, QTextStream &err) {
    if (store.open())
        return true;
    err << QCoreApplication::translate("plenary-cli", "plenary-cli: cannot open %1: %2")
               .arg(store.databasePath(), store.lastError())
        << Qt::endl;
    return false;
}
} // namespace

int info(const DataPaths &paths, QTextStream &out, QTextStream &err) {
    Store store(paths.databaseFile());
    if (!openStore(store, err))
        return 1;
    QString error;
    const auto id = DemoMeeting::ensureCurrentMeeting(store, paths, &error);
    if (!id) {
        err << QCoreApplication::translate("plenary-cli",
                                           "plenary-cli: cannot set up the demo meeting: %1")
                   .arg(error)
            << Qt::endl;
        return 1;
    }
    const auto m = store.loadMeeting(*id);
    if (!m) {
        err << QCoreApplication::translate("plenary-cli", "plenary-cli: %1").arg(store.lastError())
            << Qt::endl;
        return 1;
    }
    int late = 0;
    for (const Document &d : m->documents)
        late += m->isLate(d) ? 1 : 0;
    const MeetingInfo &mi = m->meeting;
    auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << label.leftJustified(16) << value << '\n';
    };
    line(QCoreApplication::translate("plenary-cli", "Meeting:"), mi.title);
    line(QCoreApplication::translate("plenary-cli", "Id:"), mi.id);
    line(QCoreApplication::translate("plenary-cli", "Group:"), mi.group);
    line(QCoreApplication::translate("plenary-cli", "Place:"), mi.venue);
    if (mi.start.isValid())
        line(QCoreApplication::translate("plenary-cli", "Dates:"),
             QCoreApplication::translate("plenary-cli", "%1 to %2")
                 .arg(mi.start.toString(Qt::ISODate), mi.end.toString(Qt::ISODate)));
    if (mi.contributionDeadline.isValid())
        line(QCoreApplication::translate("plenary-cli", "Deadline:"),
             mi.contributionDeadline.toString(Qt::ISODate));
    line(QCoreApplication::translate("plenary-cli", "Chairman:"), mi.chair.displayName());
    line(QCoreApplication::translate("plenary-cli", "Agenda:"),
         QCoreApplication::translate("plenary-cli", "%n top-level item(s)", nullptr,
                                     int(m->agenda.size())) +
             QCoreApplication::translate("plenary-cli", ", %n in all", nullptr,
                                         int(m->flatAgenda().size())));
    line(QCoreApplication::translate("plenary-cli", "Working groups:"),
         QString::number(m->workingGroups.size()));
    line(QCoreApplication::translate("plenary-cli", "Documents:"),
         QCoreApplication::translate("plenary-cli", "%n document(s)", nullptr,
                                     int(m->documents.size())) +
             QCoreApplication::translate("plenary-cli", ", %n received after the deadline", nullptr,
                                         late));
    line(QCoreApplication::translate("plenary-cli", "Outcomes:"),
         QString::number(m->outcomes.size()));
    line(QCoreApplication::translate("plenary-cli", "Data folder:"), paths.root());
    out.flush();
    return 0;
}

int import(const DataPaths &paths, const QString &file, QTextStream &out, QTextStream &err) {
    // Parse first: a bad file must not even open (let alone change) the store.
    const auto parsed = MeetingJson::readFile(file);
    if (!parsed.meeting) {
        err << QCoreApplication::translate("plenary-cli", "plenary-cli: %1").arg(parsed.error)
            << Qt::endl;
        return 1;
    }
    Store store(paths.databaseFile());
    if (!openStore(store, err))
        return 1;
    if (!store.importMeeting(*parsed.meeting)) {
        err << QCoreApplication::translate("plenary-cli", "plenary-cli: %1: %2")
                   .arg(file, store.lastError())
            << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("plenary-cli", "Imported %1: %2 (%n document(s))", nullptr,
                                       int(parsed.meeting->documents.size()))
               .arg(parsed.meeting->meeting.id, parsed.meeting->meeting.title)
        << Qt::endl;
    return 0;
}

} // namespace Plenary::Cli
