#pragma once

#include <QList>
#include <QString>

#include <optional>

/// The words standards bodies use for documents and decisions (design.md,
/// "Vocabulary"). Each enum has a stable wire name (meeting.json, the store)
/// and a translated label for the user; the two never mix.
namespace Plenary {

enum class DocumentType {
    Contribution,
    TemporaryDocument,
    IncomingLiaison,
    OutgoingLiaison,
    Output,
    Report,
    Agenda,
};

/// What the source asks of the meeting ("For" in a 3GPP Tdoc list).
enum class Purpose {
    Unspecified,
    Decision,
    Discussion,
    Approval,
    Agreement,
    Endorsement,
    Information,
};

enum class OutcomeStatus {
    Approved,
    ApprovedByConsensus,
    Agreed,
    Endorsed,
    TechnicallyEndorsed,
    Noted,
    Revised,
    Merged,
    Reissued,
    PartiallyApproved,
    Rejected,
    Withdrawn,
    Postponed,
    NotTreated,
};

enum class LiaisonStatus {
    Draft,
    ApprovedByConsensus,
    Sent,
};

/// A delegate's private position on a document (never published).
enum class Position {
    Support,
    Object,
    Monitor,
};

QString wireName(DocumentType type);
QString wireName(Purpose purpose);
QString wireName(OutcomeStatus status);
QString wireName(LiaisonStatus status);
QString wireName(Position position);

std::optional<DocumentType> documentTypeFromWire(const QString &name);
std::optional<Purpose> purposeFromWire(const QString &name);
std::optional<OutcomeStatus> outcomeStatusFromWire(const QString &name);
std::optional<LiaisonStatus> liaisonStatusFromWire(const QString &name);
std::optional<Position> positionFromWire(const QString &name);

/// Translated, human-readable labels.
QString label(DocumentType type);
QString label(Purpose purpose);
QString label(OutcomeStatus status);
QString label(LiaisonStatus status);
QString label(Position position);

/// All wire names of an enum, in declaration order (for error messages).
QStringList wireNames(DocumentType);
QStringList wireNames(Purpose);
QStringList wireNames(OutcomeStatus);
QStringList wireNames(LiaisonStatus);
QStringList wireNames(Position);

/// Bodies a liaison statement commonly goes to: those the FG Smart terms of
/// reference name, then the usual standards developing organisations. Names
/// as the bodies write them (not translated).
QStringList knownLiaisonBodies();

} // namespace Plenary
