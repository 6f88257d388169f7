#pragma once

#include <QObject>
#include <QThread>

#include <atomic>

class QTcpServer;
class QTcpSocket;

// A loopback TCP proxy between a client and a server (PostgreSQL) that the test can break on
// purpose: drop every connection, refuse new ones (the server "away" on the network), or count
// the client's messages and drop or stall the connection at the n-th one, so that a fault lands
// in the middle of a transaction (after BEGIN, before or after COMMIT). The sockets live in a
// thread of their own: a blocked libpq call in the test thread must not stop the proxy.
// Every control method is thread-safe and returns once the proxy has acted.
class FaultProxy : public QObject
{
    Q_OBJECT

public:
    explicit FaultProxy(quint16 targetPort);
    ~FaultProxy() override;
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    // Listens on a free loopback port; false when it cannot.
    bool start();
    [[nodiscard]] quint16 port() const { return m_port; }

    // Aborts every connection at once (both sides see a reset).
    void dropAll();
    // While refusing, a new connection is accepted and closed at once, as by a broken network.
    void setRefusing(bool refusing);
    enum class Fault { None, Drop, Stall };
    // The messages-th chunk a client sends from now on is not forwarded; then every connection
    // is aborted (Drop), or nothing more is forwarded in either direction until dropAll() (Stall).
    void arm(Fault fault, int messages);
    void disarm() { arm(Fault::None, 0); }

    // How many faults fired, and whether a stall holds the connections right now.
    [[nodiscard]] int faultsInjected() const { return m_faults; }
    [[nodiscard]] bool isStalled() const { return m_stalled; }
    [[nodiscard]] int connectionsAccepted() const { return m_accepted; }

private:
    void onNewConnection();
    void forward(QTcpSocket *from, QTcpSocket *to, bool fromClient);
    void abortAll();

    quint16 m_targetPort;
    quint16 m_port = 0;
    QThread m_thread;
    QTcpServer *m_server = nullptr; // lives in m_thread
    QList<QTcpSocket *> m_sockets; // in m_thread only
    bool m_refusing = false;
    Fault m_fault = Fault::None;
    int m_countdown = 0;
    std::atomic<int> m_faults = 0;
    std::atomic<bool> m_stalled = false;
    std::atomic<int> m_accepted = 0;
};
