#include "CliExport.h"

#include "CliOutput.h"
#include "DataPaths.h"
#include "DemoMeeting.h"
#include "ReportExporter.h"
#include "ReportTemplate.h"
#include "Store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Plenary::Cli {

int exportOutput(const DataPaths &paths, const QStringList &args, const QString &format,
                 const QString &outFile, QTextStream &out, QTextStream &err) {
    const QString what = args.value(1);
    const bool needsName = what == QLatin1String("wg-report") || what == QLatin1String("liaison");
    if (outFile.isEmpty() || (what != QLatin1String("report") && !needsName) ||
        args.size() != (needsName ? 3 : 2))
        return usage(err, tr("usage: export report|wg-report WG|liaison ID "
                             "[--format pdf|odt|md] --out FILE"));
    const auto f = format.isEmpty() ? ReportExporter::formatFromFileName(outFile)
                                    : ReportExporter::formatFromName(format);
    if (!f)
        return usage(
            err, format.isEmpty()
                     ? tr("give --format pdf, odt or md (%1 has no known extension)").arg(outFile)
                     : tr("unknown format '%1' (pdf, odt or md)").arg(format));

    Store store(paths.databaseFile());
    if (!store.open())
        return failed(err, tr("cannot open %1: %2").arg(store.databasePath(), store.lastError()));
    QString error;
    const auto mid = DemoMeeting::ensureCurrentMeeting(store, paths, &error);
    if (!mid)
        return failed(err, error);
    const auto meeting = store.loadMeeting(*mid);
    if (!meeting)
        return failed(err, store.lastError());

    QString markdown, title;
    if (what == QLatin1String("liaison")) {
        const LiaisonStatement *l = nullptr;
        for (const LiaisonStatement &candidate : meeting->liaisons)
            if (candidate.id == args.at(2))
                l = &candidate;
        if (!l)
            return failed(err, tr("no liaison statement %1").arg(args.at(2)));
        markdown = ReportTemplate::liaisonStatement(*meeting, *l);
        title = l->title;
    } else {
        const QString wg = what == QLatin1String("wg-report") ? args.at(2) : QString();
        if (!wg.isEmpty() && !meeting->workingGroup(wg))
            return failed(err, tr("no working group %1").arg(wg));
        // The rapporteur's text when there is one; else fresh from the session.
        const QString id = wg.isEmpty() ? Report::meetingId() : Report::workingGroupId(wg);
        if (const auto stored = store.report(*mid, id))
            markdown = stored->text;
        else
            markdown = wg.isEmpty() ? ReportTemplate::meetingReport(*meeting)
                                    : ReportTemplate::workingGroupReport(*meeting, wg);
        title = ReportTemplate::title(*meeting, wg);
    }
    if (!ReportExporter::write(markdown, title, *f, outFile, &error))
        return failed(err, error);
    out << QFileInfo(outFile).absoluteFilePath() << Qt::endl;
    return 0;
}

} // namespace Plenary::Cli
