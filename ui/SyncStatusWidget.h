#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Plenary {

struct SyncProgress;

/// The status bar's sync indicator: a progress bar, "12 of 36 files,
/// 1.2 MB/s, 20 s left" and a Cancel button. Hidden when no sync runs.
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void started();
    void setProgress(const SyncProgress &progress);
    void stopped();
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar *m_bar;
    QLabel *m_label;
    QToolButton *m_cancel;
};

} // namespace Plenary
