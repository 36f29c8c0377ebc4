#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace Plenary {

struct Document;
struct MeetingData;

/// The selected document's metadata, abstract, files and outcome, read-only.
class DocumentDetailsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DocumentDetailsPanel(QWidget *parent = nullptr);

    /// Shows @p doc of @p meeting; nullptr shows a hint instead.
    void showDocument(const MeetingData &meeting, const Document *doc);

private:
    QLabel *addRow(const QString &label);

    QLabel *m_number;
    QLabel *m_title;
    QLabel *m_hint;
    QWidget *m_body;
    QFormLayout *m_form;
    QLabel *m_source, *m_type, *m_workingGroup, *m_agendaItem, *m_received, *m_outcome, *m_replaces,
        *m_files, *m_abstract;
};

} // namespace Plenary
