/** The lag race's words. Numbers arrive as numbers, shown the same in both languages. */
import { defineMessages } from '../../app/messages';

export const lagRaceText = defineMessages(
  {
    title: 'Long-lag recall: simple RNN vs LSTM',
    controls: 'Lag race settings',
    lags: 'lags L',
    steps: 'training steps per lag (most)',
    forgetBias: 'LSTM forget-gate bias b_f',
    seed: 'seed',
    train: 'Train both',
    stop: 'Stop training',
    continue: 'Continue training',
    clear: 'Clear results',
    retry: (button: string) => `Press “${button}” to try again.`,
    simpleRnn: 'simple RNN',
    lstm: 'LSTM',
    dots: 'filled: finished · hollow: still training',
    chart: 'Held-out recall accuracy against the lag for the simple RNN and the LSTM',
    accuracyAxis: 'recall accuracy',
    lagAxis: 'lag L (steps between the token and the question)',
    chance: (symbols: number) => `chance (1 in ${symbols})`,
    idle: (button: string, hidden: number, clip: number, target: number) =>
      `Press “${button}” to train a simple RNN and an LSTM for each lag (the same data, Adam, clipping ${clip}, hidden size ${hidden} and step budget for both). Each run stops at ${target}% held-out accuracy or after the step budget.`,
    reached: (rnn: number | null, lstm: number | null) => {
      const reach = (lag: number | null) => (lag ? `up to a lag of ${lag}` : 'at no lag yet');
      return `The simple RNN reached 90% ${reach(rnn)}; the LSTM ${reach(lstm)}.`;
    },
    running: (text: string) => `Training… ${text}`,
    finished: (text: string) => `Finished. ${text}`,
    stopped: (text: string) => `Stopped. ${text}`,
    tableSummary: 'Accuracy, steps and time for each lag',
    colLag: 'lag L',
    colAccuracy: (cell: string) => `${cell} accuracy`,
    colSteps: (cell: string) => `${cell} steps`,
    colTime: (cell: string) => `${cell} time`,
  },
  {
    title: '긴 간격 기억: 간단한 RNN 대 LSTM',
    controls: '간격 경주 설정',
    lags: '간격 L',
    steps: '간격당 최대 학습 스텝',
    forgetBias: 'LSTM 망각 게이트 편향 b_f',
    seed: '시드',
    train: '둘 다 학습',
    stop: '학습 중지',
    continue: '학습 계속',
    clear: '결과 지우기',
    retry: (button: string) => `“${button}”을 눌러 다시 시도하세요.`,
    simpleRnn: '간단한 RNN',
    lstm: 'LSTM',
    dots: '채운 점: 완료 · 빈 점: 학습 중',
    chart: '간격에 따른 검증 기억 정확도: 간단한 RNN과 LSTM',
    accuracyAxis: '기억 정확도',
    lagAxis: '간격 L (기호와 질문 사이의 timestep 수)',
    chance: (symbols: number) => `우연 (${symbols}분의 1)`,
    idle: (button: string, hidden: number, clip: number, target: number) =>
      `“${button}”을 누르면 간격마다 간단한 RNN과 LSTM을 학습시킵니다(둘 다 같은 데이터, Adam, 클리핑 ${clip}, 은닉 크기 ${hidden}, 같은 스텝 예산). 각 실행은 검증 정확도 ${target}%에 이르거나 정해진 스텝을 다 쓰면 멈춥니다.`,
    reached: (rnn: number | null, lstm: number | null) => {
      const reach = (lag: number | null) => (lag ? `간격 ${lag}` : '아직 없음');
      return `정확도 90%에 이른 가장 긴 간격: 간단한 RNN ${reach(rnn)}, LSTM ${reach(lstm)}.`;
    },
    running: (text: string) => `학습 중… ${text}`,
    finished: (text: string) => `완료. ${text}`,
    stopped: (text: string) => `중지됨. ${text}`,
    tableSummary: '간격별 정확도, 스텝, 시간',
    colLag: '간격 L',
    colAccuracy: (cell: string) => `${cell} 정확도`,
    colSteps: (cell: string) => `${cell} 스텝`,
    colTime: (cell: string) => `${cell} 시간`,
  },
);

export type LagRaceText = (typeof lagRaceText)['en'];
