/* ECharts drawings of the current view, disposed when the view changes. */

const charts = [];

export function chart(container, option) {
    const instance = echarts.init(container, null, { renderer: 'svg' });
    instance.setOption(
        Object.assign(
            {
                toolbox: { feature: { saveAsImage: { type: 'svg', title: 'Save as SVG' } } },
                animation: false,
            },
            option,
        ),
    );
    charts.push(instance);
    return instance;
}

export function disposeCharts() {
    while (charts.length) charts.pop().dispose();
}

export function resizeCharts() {
    charts.forEach(c => c.resize());
}
