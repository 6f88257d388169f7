#pragma once

#include <QElapsedTimer>

#include <ctime>

// Wall time and this process's CPU time of one piece of work, for the whole-process benchmarks:
// on a shared build machine the wall clock also counts other people's compilers, CPU time only ours.
struct Timing {
    double wall = 0;
    double cpu = 0;
};

template<typename Work>
Timing measure(Work work)
{
    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    timer.start();
    work();
    return {timer.nsecsElapsed() / 1e9, double(std::clock() - cpuStart) / CLOCKS_PER_SEC};
}
