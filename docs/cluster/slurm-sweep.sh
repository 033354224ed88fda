#!/bin/bash
# A sweep as a Slurm job array: each array task runs one shard and writes one part file.
#   sbatch --array=1-16 docs/cluster/slurm-sweep.sh scenarios/sweeps/watts-cascade-window.json
# then, when every task is done (e.g. sbatch --dependency=afterok:<jobid> ...):
#   npx defection merge parts/part-*-of-16.csv --out grid.csv
# A task that was killed (time limit, preemption) can be resubmitted as it is: --resume keeps the
# cells its part file already holds.
#SBATCH --job-name=defection-sweep
#SBATCH --cpus-per-task=4
#SBATCH --time=02:00:00
#SBATCH --output=logs/%x-%A-%a.out
set -euo pipefail
spec="${1:?usage: sbatch --array=1-N slurm-sweep.sh SWEEP.json}"
n="${SLURM_ARRAY_TASK_COUNT}"
i="${SLURM_ARRAY_TASK_ID}"
mkdir -p parts logs
npx defection sweep "$spec" --shard "$i/$n" --out "parts/part-$i-of-$n.csv" --resume --workers "${SLURM_CPUS_PER_TASK:-1}"
