#pragma once

#include "Meeting.h"

#include <QString>

#include <optional>

namespace Plenary {

class Store;
class DataPaths;

/// The bundled demo meeting built from TSB Circular 113: the first meeting
/// of the ITU-T Focus Group on Smart Grid, Geneva, 14-16 June 2010, with the
/// draft agenda of Annex 2, three working groups following the ToR's
/// deliverables, 36 input documents (real PDFs) and the first outcomes of
/// Monday's plenary. It lets a newcomer see every feature offline.
namespace DemoMeeting {

/// The demo meeting's manifest (from the application's resources).
MeetingData manifest();

/// The demo's text of one document as a PDF.
QByteArray renderPdf(const MeetingInfo &meeting, const Document &doc);

/// Writes the demo's PDFs under the documents folder, stores the meeting
/// with their sizes and checksums, and records Monday's outcomes.
[[nodiscard]] bool install(Store &store, const DataPaths &paths, QString *error);

/// The meeting to open: the current one, or the demo when the store has
/// none (first start). Returns its id, or nullopt with @p error set.
std::optional<QString> ensureCurrentMeeting(Store &store, const DataPaths &paths, QString *error);

} // namespace DemoMeeting
} // namespace Plenary
